package se.esfkg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;
import se.esfkg.store.StoreDatabase;
import se.esfkg.store.StoreLoader;
import se.esfkg.testing.Servers;

/**
 * The five seed pages converted by the real converter, once per test JVM, and loaded into TDB2
 * data folders on demand: what `esf-kg up seeds` serves, without the command line.
 */
public final class SeedData {

    public static final String BASE = "https://w3id.org/esf-kg/id/";
    private static Path converted;
    private static StoreDatabase shared;
    private static EsfServer server;

    private SeedData() {
    }

    /** The converter's output folder for seeds/ (made once). */
    public static synchronized Path converted() {
        if (converted == null) {
            Path root = tempRoot();
            Converter.builder().build().convert(Path.of("seeds"), root.resolve("out"), p -> { }, ProgressListener.NONE);
            converted = root.resolve("out");
        }
        return converted;
    }

    /** A fresh data folder with the seeds loaded, as `esf-kg load` leaves it. */
    public static Path loadInto(Path data) {
        new StoreLoader(data).load(converted());
        return data;
    }

    /**
     * One real server (site and SPARQL endpoint, port 0) over its own data folder of the seeds, for
     * the whole JVM; tests only read from it. Closed when the JVM ends.
     */
    public static synchronized EsfServer server() {
        if (server == null) {
            server = Servers.start(loadInto(tempRoot().resolve("served")));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** One database of the seeds for the whole JVM, for tests that only read (never close it). */
    public static synchronized StoreDatabase database() {
        if (shared == null) {
            Path data = loadInto(tempRoot().resolve("data"));
            shared = StoreDatabase.open(new se.esfkg.store.DataDir(data).current().orElseThrow());
        }
        return shared;
    }

    private static Path tempRoot() {
        try {
            Path root = Files.createTempDirectory("esf-kg-site-seeds");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
