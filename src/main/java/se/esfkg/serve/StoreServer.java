package se.esfkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.esfkg.query.guard.QueryGuard;
import se.esfkg.query.guard.QueryLimits;
import se.esfkg.query.guard.QuerySizeFilter;
import se.esfkg.store.DataDir;
import se.esfkg.store.StoreDatabase;
import se.esfkg.store.StoreException;

/**
 * Embedded Fuseki over the live database of a data folder, at {@code /esf}.
 *
 * <p>Endpoints: {@code /esf/sparql} and {@code /esf/query} (SPARQL query, GET and POST; a GET
 * without a query returns the service description), {@code /esf} itself (query), and
 * {@code /esf/data} (Graph Store Protocol, read only). There is no update service and no writable
 * Graph Store endpoint at all, so nothing can change the data over HTTP, with or without
 * credentials. A poller watches {@code data/CURRENT} and swaps the served database after a load.
 */
public final class StoreServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreServer.class);
    public static final String DATASET = "/esf";

    /** Settings; defaults suit a public endpoint on a small machine. */
    public record Settings(int port, Duration timeout, long rowCap, Duration poll, boolean cors) {
        public static Settings defaults() {
            return new Settings(3030, Duration.ofSeconds(30), 10_000, Duration.ofSeconds(1), true);
        }

        public Settings port(int p) {
            return new Settings(p, timeout, rowCap, poll, cors);
        }

        public Settings timeout(Duration t) {
            return new Settings(port, t, rowCap, poll, cors);
        }

        public Settings rowCap(long c) {
            return new Settings(port, timeout, c, poll, cors);
        }

        public Settings poll(Duration d) {
            return new Settings(port, timeout, rowCap, d, cors);
        }
    }

    private final DataDir dataDir;
    private final Settings settings;
    private final SwappableDatasetGraph dataset;
    private final FusekiServer server;
    private final ScheduledExecutorService watcher;
    private volatile Path mounted;
    private volatile java.util.function.Consumer<String> events = msg -> { };

    private StoreServer(Path data, Settings settings) {
        this.dataDir = new DataDir(data);
        this.settings = settings;
        Path live = dataDir.current()
                .orElseThrow(() -> new StoreException("no database in " + dataDir.root() + "; run load first"));
        this.mounted = live;
        this.dataset = new SwappableDatasetGraph(open(live));
        DataService service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        this.server = FusekiServer.create()
                .port(settings.port())
                .enableCors(settings.cors(), null)
                .addFilter(DATASET + "/*", new QuerySizeFilter(limits().maxQueryBytes()))
                .registerOperation(Operation.Query,
                        new EsfQueryService(settings.rowCap(), settings.timeout().toMillis()))
                .add(DATASET, service)
                .build();
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "esf-current-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /** The guard limits of this server: its timeout, the rest at their defaults (docs/reliability.md). */
    private QueryLimits limits() {
        return QueryLimits.defaults().withTimeout(settings.timeout());
    }

    public static StoreServer start(Path data, Settings settings) {
        return start(data, settings, msg -> { });
    }

    /** As {@link #start(Path, Settings)}; {@code events} hears of each switch (the CLI prints them). */
    public static StoreServer start(Path data, Settings settings, java.util.function.Consumer<String> events) {
        StoreServer s = new StoreServer(data, settings);
        s.events = events;
        s.server.start();
        long poll = settings.poll().toMillis();
        s.watcher.scheduleWithFixedDelay(s::checkCurrent, poll, poll, TimeUnit.MILLISECONDS);
        LOG.info("serving {} at {}", s.mounted.getFileName(), s.endpoint());
        return s;
    }

    private StoreDatabase open(Path dbDir) {
        StoreDatabase db = StoreDatabase.open(dbDir);
        QueryGuard.install(db.dataset(), limits());
        return db;
    }

    /** Swaps to the database CURRENT names, if it changed. Public so a caller can force a check. */
    public synchronized boolean checkCurrent() {
        try {
            Path live = dataDir.current().orElse(null);
            if (live == null || live.equals(mounted)) {
                return false;
            }
            StoreDatabase next = open(live);
            dataset.swap(next);
            LOG.info("switched from {} to {}", mounted.getFileName(), live.getFileName());
            events.accept("now serving " + live + " (was " + mounted.getFileName() + ")");
            mounted = live;
            return true;
        } catch (RuntimeException e) {
            // A broken pointer or an unopenable database must not take down the one being served.
            LOG.error("cannot switch to the new database, still serving {}: {}", mounted.getFileName(), e.getMessage());
            events.accept("cannot switch to the new database, still serving " + mounted + ": " + e.getMessage());
            return false;
        }
    }

    public Path mounted() {
        return mounted;
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL endpoint, e.g. {@code http://localhost:3030/esf/sparql}. */
    public String endpoint() {
        return "http://localhost:" + port() + DATASET + "/sparql";
    }

    public String datasetUrl() {
        return "http://localhost:" + port() + DATASET;
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        server.stop();
        dataset.closeAll();
    }
}
