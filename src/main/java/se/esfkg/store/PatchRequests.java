package se.esfkg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Hands a patch from a loader to the server that holds the database, through {@code data/patches/}.
 * A server holds TDB2's process lock, so the loader cannot open the database itself; the server
 * announces itself by holding {@code data/serve.lock} (an OS file lock, gone when its process is).
 *
 * <pre>
 * patches/.ID.tmp/        the loader writes manifest.tsv (the input's) and quads.nq (the graphs to load)
 * patches/ID.request/     ... flushed and renamed: the request is visible whole or not at all
 * patches/ID.taken/       the server renamed it: it is applying it (one write transaction)
 * patches/ID.result       the server's answer (outcome, generation, counts, message), renamed into place
 * patches/ID.withdrawn/   the loader gave up before the server took it (renamed, so never both)
 * </pre>
 * The loader holds {@code load.lock} throughout, so there is one request at a time. A loader that sees
 * {@code serve.lock} released while it waits knows the server died: whatever it had taken was
 * either committed whole or will be rolled back, and the loader applies the patch itself.
 */
public final class PatchRequests {

    static final String FOLDER = "patches";
    static final String SERVE_LOCK = "serve.lock";
    private static final String REQUEST = ".request";
    private static final String TAKEN = ".taken";
    private static final String RESULT = ".result";

    private final Path root;
    private final Path folder;

    public PatchRequests(Path dataRoot) {
        this.root = dataRoot.toAbsolutePath().normalize();
        this.folder = root.resolve(FOLDER);
    }

    /** What the server answered. {@code generation} is the one it serves after the patch. */
    public record Answer(boolean ok, String generation, int revision, long quadsLoaded, long textEntries,
            String message) {
    }

    /** Held by a serving process for its lifetime; empty if another process (or object) already has it. */
    public Optional<DataDir.LoadLock> holdServeLock() throws IOException {
        return DataDir.tryLock(root.resolve(SERVE_LOCK));
    }

    /** Whether a serving process holds {@code serve.lock} right now. */
    public boolean serverRunning() {
        try {
            Optional<DataDir.LoadLock> probe = holdServeLock();
            if (probe.isPresent()) {
                probe.get().close();
                return false;
            }
            return true;
        } catch (IOException e) {
            throw new StoreException("cannot check " + root.resolve(SERVE_LOCK) + ": " + e.getMessage(), e);
        }
    }

    // ---- loader side ----

    /** A request handed to the server; {@link #await} waits for its answer. */
    public final class Submitted {
        private final String id;

        private Submitted(String id) {
            this.id = id;
        }

        /**
         * The server's answer; empty if the server died before answering (the request is gone, the
         * loader may apply the patch itself). Throws if the server does not take the request within
         * {@code takeWithin} (it is withdrawn, nothing changed) or takes longer than {@code applyWithin}.
         */
        public Optional<Answer> await(Duration takeWithin, Duration applyWithin) throws IOException, InterruptedException {
            long start = System.nanoTime();
            Path request = folder.resolve(id + REQUEST);
            Path result = folder.resolve(id + RESULT);
            while (true) {
                if (Files.exists(result)) {
                    Answer a = readAnswer(result);
                    Files.deleteIfExists(result);
                    return Optional.of(a);
                }
                boolean taken = !Files.exists(request);
                if (!serverRunning()) {
                    if (Files.exists(result)) {
                        continue;
                    }
                    deleteQuietly(request);
                    deleteQuietly(folder.resolve(id + TAKEN));
                    return Optional.empty();
                }
                Duration waited = Duration.ofNanos(System.nanoTime() - start);
                if (!taken && waited.compareTo(takeWithin) > 0) {
                    try {
                        Path withdrawn = folder.resolve(id + ".withdrawn");
                        Files.move(request, withdrawn, StandardCopyOption.ATOMIC_MOVE);
                        deleteQuietly(withdrawn);
                        throw new StoreException("the server holding " + root.resolve(SERVE_LOCK) + " did not take the patch within "
                                + takeWithin.toSeconds() + " s (is its watcher running?); the request is withdrawn, nothing changed");
                    } catch (NoSuchFileException justTaken) {
                        continue;
                    }
                }
                if (taken && waited.compareTo(applyWithin) > 0) {
                    throw new StoreException("the server took the patch " + id + " but has not answered within "
                            + applyWithin.toMinutes() + " min; see its log, and " + folder.resolve(id + RESULT)
                            + " for the answer");
                }
                Thread.sleep(50);
            }
        }
    }

    /** Writes the request (the input's manifest, the quads of {@code graphs} from {@code source}) and makes it visible. */
    public Submitted submit(GraphManifest incoming, QuadInput source, java.util.Set<String> graphs) throws IOException {
        Files.createDirectories(folder);
        String id = Long.toString(System.currentTimeMillis(), 36) + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path tmp = folder.resolve("." + id + ".tmp");
        Files.createDirectories(tmp);
        LivePatch.writeManifest(tmp, incoming);
        Path quads = tmp.resolve("quads.nq");
        try (FileChannel ch = FileChannel.open(quads, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                var out = java.nio.channels.Channels.newOutputStream(ch);
                var buffered = new java.io.BufferedOutputStream(out, 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(buffered, Lang.NQUADS);
            writer.start();
            source.parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (graphs.contains(q.getGraph().getURI())) {
                        writer.quad(q);
                    }
                }
            });
            writer.finish();
            buffered.flush();
            ch.force(true);
        }
        DataDir.fsyncDir(tmp);
        try {
            Files.move(tmp, folder.resolve(id + REQUEST), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new StoreException("the file system of " + folder + " cannot rename atomically", e);
        }
        DataDir.fsyncDir(folder);
        return new Submitted(id);
    }

    /** With no server running: removes whatever a dead loader or server left in {@code patches/}. */
    public void cleanUpWithoutServer() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                deleteQuietly(p);
            }
        }
    }

    // ---- server side ----

    /** A request the server has taken. */
    public record Taken(Path folder, String id, GraphManifest manifest, QuadInput quads) {
    }

    /** Takes the oldest waiting request, if any (renaming it, so a withdrawing loader cannot race it). */
    public Optional<Taken> takeNext() throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Optional<Path> oldest;
        try (Stream<Path> s = Files.list(folder)) {
            oldest = s.filter(p -> p.getFileName().toString().endsWith(REQUEST))
                    .min(Comparator.comparing(p -> p.getFileName().toString()));
        }
        if (oldest.isEmpty()) {
            return Optional.empty();
        }
        String name = oldest.get().getFileName().toString();
        String id = name.substring(0, name.length() - REQUEST.length());
        Path taken = folder.resolve(id + TAKEN);
        try {
            Files.move(oldest.get(), taken, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | FileAlreadyExistsException withdrawn) {
            return Optional.empty();
        }
        return Optional.of(new Taken(taken, id, GraphManifest.read(taken.resolve(GraphManifest.FILE)),
                QuadInput.of(taken.resolve("quads.nq"))));
    }

    /** Writes the answer for a taken request and removes the request. */
    public void answer(Taken taken, Answer answer) throws IOException {
        Properties p = new Properties();
        p.setProperty("ok", Boolean.toString(answer.ok()));
        p.setProperty("generation", answer.generation());
        p.setProperty("revision", Integer.toString(answer.revision()));
        p.setProperty("quads-loaded", Long.toString(answer.quadsLoaded()));
        p.setProperty("text-entries", Long.toString(answer.textEntries()));
        p.setProperty("message", answer.message());
        StringWriter text = new StringWriter();
        p.store(text, null);
        Revision.writeDurably(folder.resolve(taken.id() + RESULT), text.toString());
        deleteQuietly(taken.folder());
    }

    private static Answer readAnswer(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new Answer(Boolean.parseBoolean(p.getProperty("ok")), p.getProperty("generation", ""),
                Integer.parseInt(p.getProperty("revision", "0")), Long.parseLong(p.getProperty("quads-loaded", "0")),
                Long.parseLong(p.getProperty("text-entries", "0")), p.getProperty("message", ""));
    }

    private static void deleteQuietly(Path p) {
        try {
            if (Files.isDirectory(p)) {
                DataDir.deleteTree(p);
            } else {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
