package se.esfkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import se.esfkg.store.DataDir;
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

    private LiveData(Path data, QueryLimits limits, Duration poll) {
        this.dataDir = new DataDir(data);
        this.limits = limits;
        Path live = dataDir.current()
                .orElseThrow(() -> new StoreException("no database in " + dataDir.root() + "; run load first"));
        this.dataset = new SwappableDatasetGraph(open(live), generationOf(live));
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "esf-current-watcher");
            t.setDaemon(true);
            return t;
        });
        long every = poll.toMillis();
        watcher.scheduleWithFixedDelay(this::checkCurrent, every, every, TimeUnit.MILLISECONDS);
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

    private void tell(String message) {
        listeners.forEach(l -> l.accept(message));
    }

    private StoreDatabase open(Path dbDir) {
        StoreDatabase db = StoreDatabase.open(dbDir);
        QueryGuard.install(db.dataset(), limits);
        return db;
    }

    /** The switch time is CURRENT's modification time: the load renamed it over the old one then. */
    private Generation generationOf(Path db) {
        Instant since;
        try {
            since = Files.getLastModifiedTime(dataDir.currentFile()).toInstant();
        } catch (IOException e) {
            since = Instant.now();
        }
        return new Generation(db.getFileName().toString(), db, since);
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        dataset.closeAll(CLOSE_GRACE);
    }
}
