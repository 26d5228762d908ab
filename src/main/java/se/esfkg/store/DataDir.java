package se.esfkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The data folder:
 * <pre>
 * data/CURRENT        one line, the name of the live database ("db-7"); replaced by atomic rename
 * data/db-7/          the live database (tdb/, text/, manifest.tsv)
 * data/db-6/          the previous one, kept so a server still reading it can finish
 * data/build-8/       a rebuild in progress; never referenced by CURRENT, deleted if left over
 * data/load.lock      serialises loaders
 * data/spill.nq       during a load: the added and changed graphs, for a patch
 * data/serve.lock     held by a serving process; a loader then hands its patch over
 * data/patches/       patch requests to that server and its answers ({@link PatchRequests})
 * </pre>
 * Nothing a reader can see is ever half-written: a database is built under {@code build-<n>},
 * renamed to {@code db-<n>} only when complete and validated, and becomes live only when CURRENT
 * is atomically replaced; a small change is applied to the live database in one TDB2 write
 * transaction instead ({@link LivePatch}).
 */
public final class DataDir {

    public static final String CURRENT = "CURRENT";
    /** Graphs a patch will load, copied out of the input during the scan; deleted after each load. */
    static final String SPILL = "spill.nq";
    private static final Pattern NUMBERED = Pattern.compile("(db|build)-(\\d+)");

    private final Path root;

    public DataDir(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path currentFile() {
        return root.resolve(CURRENT);
    }

    /** The live database's folder, if any load has ever succeeded. */
    public Optional<Path> current() {
        Path f = currentFile();
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(f, StandardCharsets.UTF_8).trim();
            if (!NUMBERED.matcher(name).matches() || !name.startsWith("db-")) {
                throw new StoreException("bad " + f + ": \"" + name + "\"");
            }
            Path db = root.resolve(name);
            if (!Files.isDirectory(db)) {
                throw new StoreException(f + " names " + name + ", which does not exist");
            }
            return Optional.of(db);
        } catch (IOException e) {
            throw new StoreException("cannot read " + f, e);
        }
    }

    /** The number after the highest db-/build- folder present. */
    int nextNumber() throws IOException {
        int max = 0;
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.list(root)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Matcher m = NUMBERED.matcher(p.getFileName().toString());
                    if (m.matches()) {
                        max = Math.max(max, Integer.parseInt(m.group(2)));
                    }
                }
            }
        }
        return max + 1;
    }

    /** Points CURRENT at {@code db}: write a temporary file, flush it to disk, rename over CURRENT. */
    void switchTo(Path db) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(StandardCharsets.UTF_8.encode(db.getFileName() + "\n"));
            ch.force(true);
        }
        try {
            Files.move(tmp, currentFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new StoreException("the file system of " + root + " cannot rename atomically", e);
        }
        fsyncDir(root);
    }

    public static void fsyncDir(Path dir) {
        // Makes the rename itself durable; some platforms cannot open a directory, which is harmless.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort
        }
    }

    /** Holds {@code load.lock} for the duration of one load; a second loader fails fast. */
    LoadLock lockForLoad() throws IOException {
        Files.createDirectories(root);
        return tryLock(root.resolve("load.lock"))
                .orElseThrow(() -> new StoreException("another load is running on " + root));
    }

    /** An exclusive OS lock on {@code file}, or empty if another process (or channel in this JVM) has it. */
    static Optional<LoadLock> tryLock(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            return Optional.empty();
        }
        return Optional.of(new LoadLock(ch, lock));
    }

    /** A held file lock ({@code load.lock}, or a server's {@code serve.lock}); closing releases it. */
    public record LoadLock(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            lock.release();
            channel.close();
        }
    }

    /**
     * Deletes left-over build folders, databases a crashed load completed but never switched to, and
     * every older database except the one before the live one (a server in another process may still
     * be finishing queries on that one). Called only while holding the load lock.
     */
    List<Path> cleanUp() throws IOException {
        Optional<Path> live = current();
        int liveNo = live.map(DataDir::number).orElse(-1);
        List<Path> dbs = new ArrayList<>();
        List<Path> deleted = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                Matcher m = NUMBERED.matcher(name);
                if (!m.matches()) {
                    continue;
                }
                if (name.startsWith("build-")) {
                    deleteTree(p);
                    deleted.add(p);
                } else {
                    dbs.add(p);
                }
            }
        }
        int previous = dbs.stream().mapToInt(DataDir::number).filter(n -> n < liveNo).max().orElse(-1);
        for (Path p : dbs) {
            int n = number(p);
            // Above the live number: completed by a load that died before switching; never served.
            if (n != liveNo && n != previous) {
                deleteTree(p);
                deleted.add(p);
            }
        }
        return deleted;
    }

    static int number(Path p) {
        Matcher m = NUMBERED.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
