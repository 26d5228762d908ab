package se.esfkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.esfkg.query.guard.QueryGuard;
import se.esfkg.query.guard.QueryLimits;
import se.esfkg.store.BuildCheck;
import se.esfkg.store.DataDir;
import se.esfkg.store.GraphManifest;
import se.esfkg.store.LivePatch;
import se.esfkg.store.PatchRequests;
import se.esfkg.store.Revision;
import se.esfkg.store.StoreDatabase;
import se.esfkg.store.StoreException;

/**
 * The live database of a data folder, for every reader in the process (SPARQL endpoint, pages,
 * catalog). A watcher follows {@code data/CURRENT}: when a load switches it, new reads go to the new
 * database at once while reads already running finish on the old one.
 *
 * <p>Read through {@link #read}: it pins one generation for the whole unit of work, so a page and its
 * ETag always come from the same database.
 */
public final class LiveData implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveData.class);
    /** How long shutdown waits for running reads before it closes the database under them. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private final DataDir dataDir;
    private final QueryLimits limits;
    private final SwappableDatasetGraph dataset;
    private final ScheduledExecutorService watcher;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final PatchRequests patches;
    /** What this server's last patch wrote to manifest.tsv, and the generation it made; guarded by this. */
    private GraphManifest manifest;
    private String manifestGeneration;
    /** {@code data/serve.lock}, held while this process serves: loaders hand their patches to it. */
    private final DataDir.LoadLock serveLock;

    private LiveData(Path data, QueryLimits limits, Duration poll) {
        this.dataDir = new DataDir(data);
        this.limits = limits;
        Path live = dataDir.current()
                .orElseThrow(() -> new StoreException("no database in " + dataDir.root() + "; run load first"));
        this.patches = new PatchRequests(dataDir.root());
        try {
            this.serveLock = patches.holdServeLock().orElse(null);
        } catch (IOException e) {
            throw new StoreException("cannot lock " + dataDir.root() + " for serving: " + e.getMessage(), e);
        }
        if (serveLock == null) {
            LOG.warn("another server holds {}; loads hand their patches to it, not to this one", dataDir.root());
        }
        try {
            this.dataset = new SwappableDatasetGraph(open(live), generationOf(live));
        } catch (RuntimeException e) {
            releaseServeLock();
            throw e;
        }
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "esf-current-watcher");
            t.setDaemon(true);
            return t;
        });
        long every = poll.toMillis();
        watcher.scheduleWithFixedDelay(() -> {
            checkCurrent();
            checkPatches();
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens the database {@code data/CURRENT} names and starts watching for switches.
     *
     * @param limits what every SPARQL query on it may spend (timeout, regex steps, SERVICE allow-list)
     * @param poll how often {@code CURRENT} is checked
     */
    public static LiveData open(Path data, QueryLimits limits, Duration poll) {
        return new LiveData(data, limits, poll);
    }

    /** The dataset that always reads the live database; begin a transaction (or use {@link #read}). */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** The live generation (inside {@link #read}: the one being read). */
    public Generation generation() {
        return dataset.generation();
    }

    /**
     * The live generation's own database (TDB2 with its text index), for work that reads TDB2's
     * indexes directly in a transaction of its own, such as a release's VoID figures; a switch
     * closes it, so callers hold the release lock, which every load takes before it changes data.
     */
    public DatasetGraph liveStore() {
        return dataset.currentDatabase().dataset();
    }

    public Path dataFolder() {
        return dataDir.root();
    }

    /** Runs {@code work} in one read transaction on one generation, and returns its result. */
    public <T> T read(BiFunction<DatasetGraph, Generation, T> work) {
        dataset.begin(TxnType.READ);
        try {
            return work.apply(dataset, dataset.generation());
        } finally {
            dataset.end();
        }
    }

    /** {@code listener} hears one line for each switch, or failed switch (the CLI prints them). */
    public void onSwitch(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Swaps to the database CURRENT names, if it changed; returns whether it did. */
    public synchronized boolean checkCurrent() {
        Generation mounted = dataset.generation();
        try {
            Path live = dataDir.current().orElse(null);
            if (live == null || live.equals(mounted.directory())) {
                return false;
            }
            Generation next = generationOf(live);
            dataset.swap(open(live), next);
            LOG.info("switched from {} to {}", mounted.id(), next.id());
            tell("now serving " + live + " (was " + mounted.id() + ")");
            return true;
        } catch (RuntimeException e) {
            // A broken pointer or an unopenable database must not take down the one being served.
            LOG.error("cannot switch to the new database, still serving {}: {}", mounted.id(), e.getMessage());
            tell("cannot switch to the new database, still serving " + mounted.directory() + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * Applies the oldest patch a loader handed over, if any, to the served database in one write
     * transaction ({@link LivePatch}); returns whether one was applied. Reads that began before the
     * commit finish on the old state under the old generation; the next ones see the new state
     * under the next generation ({@code db-7} becomes {@code db-7.1}).
     */
    public synchronized boolean checkPatches() {
        if (serveLock == null) {
            return false;
        }
        Optional<PatchRequests.Taken> next;
        try {
            next = patches.takeNext();
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot read the patch requests in {}: {}", dataDir.root(), e.getMessage());
            return false;
        }
        if (next.isEmpty()) {
            return false;
        }
        PatchRequests.Taken request = next.get();
        StoreDatabase db = dataset.currentDatabase();
        Generation before = dataset.generation();
        PatchRequests.Answer answer;
        try {
            // The manifest this server's last patch wrote, while that patch's generation is still the
            // one served (a switch to a new database or a repair makes LivePatch read it again).
            GraphManifest known = before.id().equals(manifestGeneration) ? manifest : null;
            manifest = null;
            LivePatch.Result r = new LivePatch(db, BuildCheck.none(), step -> {
            }, (revision, commit) -> dataset.commitAs(generationOf(db.dir()), commit))
                    .apply(request.manifest(), request.quads(), known);
            String now = r.revision().generationId(db.dir());
            manifest = request.manifest();
            manifestGeneration = now;
            answer = new PatchRequests.Answer(true, now, r.revision().number(), r.quadsLoaded(), r.textEntries(), "");
            LOG.info("patched {} in place, now {}", before.id(), now);
            tell("patched " + before.id() + " in place, now serving " + now);
        } catch (RuntimeException e) {
            LOG.error("patch {} aborted, still serving {}: {}", request.id(), before.id(), e.getMessage());
            answer = new PatchRequests.Answer(false, before.id(), Revision.read(db.dir()).number(), 0, 0,
                    String.valueOf(e.getMessage()));
        }
        try {
            patches.answer(request, answer);
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot answer patch {}: {}", request.id(), e.getMessage());
        }
        return answer.ok();
    }

    private void tell(String message) {
        listeners.forEach(l -> l.accept(message));
    }

    private StoreDatabase open(Path dbDir) {
        StoreDatabase db = StoreDatabase.open(dbDir);
        try {
            if (LivePatch.recover(db)) {
                LOG.warn("{}: repaired what an interrupted patch left; the next load re-applies its graphs",
                        dbDir.getFileName());
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        QueryGuard.install(db.dataset(), limits);
        return db;
    }

    /**
     * The switch time is CURRENT's modification time (the load renamed it over the old one then), or,
     * after an in-place patch, the time its revision was written, which a restart reads back alike.
     */
    private Generation generationOf(Path db) {
        Instant since;
        try {
            since = Files.getLastModifiedTime(dataDir.currentFile()).toInstant();
        } catch (IOException e) {
            since = Instant.now();
        }
        Instant patched = Revision.writtenAt(db).orElse(Instant.EPOCH);
        if (patched.isAfter(since)) {
            since = patched;
        }
        return new Generation(Revision.read(db).generationId(db), db, since);
    }

    @Override
    public void close() {
        // An interrupt would close TDB2's file channels under a patch being committed: let it finish.
        watcher.shutdown();
        try {
            if (!watcher.awaitTermination(30, TimeUnit.SECONDS)) {
                watcher.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dataset.closeAll(CLOSE_GRACE);
        releaseServeLock();
    }

    private void releaseServeLock() {
        if (serveLock != null) {
            try {
                serveLock.close();
            } catch (IOException e) {
                LOG.warn("cannot release {}: {}", dataDir.root().resolve("serve.lock"), e.getMessage());
            }
        }
    }
}
