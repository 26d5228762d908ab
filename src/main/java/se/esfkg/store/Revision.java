package se.esfkg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * How many in-place patches a database folder has taken since its full build, and how large it was
 * then. Stored as {@code db-<n>/revision.properties}; a folder without it is revision 0.
 *
 * <p>The served generation is {@code db-7} at revision 0 and {@code db-7.3} after three patches, so
 * ETags, {@code Last-Modified} and cached descriptions change with every patch, and never go back to
 * an earlier value after a restart: the revision is written (and flushed) before the patch commits.
 *
 * @param number in-place patches applied since the full build
 * @param fullBuildBytes the size of {@code tdb/} right after the full build (0 if unknown)
 */
public record Revision(int number, long fullBuildBytes) {

    public static final String FILE = "revision.properties";

    /** A database grown past this many times its full-build size is due for {@code load --full}. */
    public static final double REBUILD_DUE = 2.0;

    public Revision next() {
        return new Revision(number + 1, fullBuildBytes);
    }

    /** {@code db-7} or {@code db-7.3}. */
    public String generationId(Path dbDir) {
        String name = dbDir.getFileName().toString();
        return number == 0 ? name : name + "." + number;
    }

    public static Revision read(Path dbDir) {
        Path f = dbDir.resolve(FILE);
        if (!Files.exists(f)) {
            return new Revision(0, 0);
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
            return new Revision(Integer.parseInt(p.getProperty("revision", "0").trim()),
                    Long.parseLong(p.getProperty("full-build-bytes", "0").trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            throw new StoreException("bad " + f + ": " + e.getMessage(), e);
        }
    }

    /** When this revision was written (for a revision-0 folder: empty, the switch time counts). */
    public static java.util.Optional<Instant> writtenAt(Path dbDir) {
        Path f = dbDir.resolve(FILE);
        try {
            return Files.exists(f) && read(dbDir).number() > 0
                    ? java.util.Optional.of(Files.getLastModifiedTime(f).toInstant())
                    : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Writes the file beside a temporary copy, flushes it and renames it into place. */
    public void write(Path dbDir) {
        Properties p = new Properties();
        p.setProperty("revision", Integer.toString(number));
        p.setProperty("full-build-bytes", Long.toString(fullBuildBytes));
        StringWriter text = new StringWriter();
        try {
            p.store(text, "in-place patches since the full build; tdb/ size after it");
            writeDurably(dbDir.resolve(FILE), text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes in {@code dbDir/tdb}. */
    public static long tdbBytes(Path dbDir) {
        try (Stream<Path> s = Files.walk(dbDir.resolve(StoreDatabase.TDB_DIR))) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeDurably(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(StandardCharsets.UTF_8.encode(content));
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        DataDir.fsyncDir(file.getParent());
    }
}
