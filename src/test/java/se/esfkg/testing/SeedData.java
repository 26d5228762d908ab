package se.esfkg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;
import se.esfkg.store.StoreLoader;

/**
 * The real seed pages converted by the real converter, once per test JVM, and loaded into a data
 * folder per caller (each server needs its own: TDB2 allows one opener of a folder per process).
 */
public final class SeedData {

    private static Path converted;

    private SeedData() {
    }

    /** {@code seeds/} converted as {@code esf-kg convert seeds -o out} does; shared, do not change it. */
    public static synchronized Path converted() {
        if (converted == null) {
            try {
                Path dir = Files.createTempDirectory("esf-seeds-out");
                Converter.builder().build().convert(Path.of("seeds"), dir, p -> { }, ProgressListener.NONE);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                converted = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return converted;
    }

    /** Loads the converted seeds into {@code data} (a fresh folder) and returns it. */
    public static Path loadedInto(Path data) {
        new StoreLoader(data).load(converted());
        return data;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
