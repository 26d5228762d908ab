package se.esfkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import se.esfkg.output.FileDigests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the converter's N-Quads into a new TDB2 database beside the live one and switches to it.
 *
 * <ol>
 * <li>Scan the input: fingerprint every graph ({@link GraphManifest}); a corrupt file fails here,
 * before anything is written. With a graph index that describes the dump ({@link IndexedDump})
 * there is no scan: the manifest is the index's, and only the changed graphs' gzip members are read. A first load or {@code --full} has nothing to compare against: it
 * fingerprints while it loads, in one parse.</li>
 * <li>Compare with the live database's manifest. Equal: done, no work.</li>
 * <li>Build {@code data/build-<n>}: a <b>patch</b> copies the live folder (TDB2 files and Lucene
 * index), drops the changed and removed graphs and their text entries, and loads only the added
 * and changed graphs; a <b>full</b> build (first load, {@code --full}, or more than half the
 * graphs changed) loads everything, with TDB2's parallel bulk loader ({@link BulkLoader}); a patch
 * uses the sequential one. The build folder is never live, so a crash in any loader costs only
 * the folder.</li>
 * <li>Validate: quads per graph equal the manifest, a sanity query answers, then the
 * {@link BuildCheck}.</li>
 * <li>Rename to {@code db-<n>}, write its manifest, atomically replace {@code CURRENT}, delete old
 * folders.</li>
 * </ol>
 * A failure or kill before the last step leaves CURRENT, and so every reader, on the old database.
 */
public final class StoreLoader {

    private static final Logger LOG = LoggerFactory.getLogger(StoreLoader.class);
    /** A patch is cheaper than a full build while it replaces at most this share of the graphs. */
    static final double PATCH_LIMIT = 0.5;

    private final DataDir dataDir;
    private BuildCheck check = BuildCheck.none();
    private boolean forceFull;
    private BulkLoader bulkLoader = BulkLoader.PARALLEL;
    private Runnable beforeSwitch = () -> {
    };
    private java.util.function.Consumer<LivePatch.Step> patchSteps = step -> {
    };
    private java.time.Duration handOverWait = java.time.Duration.ofSeconds(30);
    private FileDigests digests = new FileDigests();

    public StoreLoader(Path dataDir) {
        this.dataDir = new DataDir(dataDir);
    }

    public StoreLoader check(BuildCheck check) {
        this.check = check;
        return this;
    }

    public StoreLoader forceFull(boolean forceFull) {
        this.forceFull = forceFull;
        return this;
    }

    /** The TDB2 loader a full build uses (a patch, a few graphs into a copy, always loads sequentially). */
    public StoreLoader bulkLoader(BulkLoader loader) {
        this.bulkLoader = loader;
        return this;
    }

    /** A hook between validation and the switch; tests use it to simulate a crash there. */
    StoreLoader beforeSwitch(Runnable hook) {
        this.beforeSwitch = hook;
        return this;
    }

    /** A hook at each step of an in-place patch; tests use it to kill the process there. */
    StoreLoader onPatchStep(java.util.function.Consumer<LivePatch.Step> hook) {
        this.patchSteps = hook;
        return this;
    }

    /** How long a running server may take to pick up a handed-over patch before the load gives up. */
    public StoreLoader handOverWait(java.time.Duration wait) {
        this.handOverWait = wait;
        return this;
    }

    /** The hashes this command has already computed (the dump is hashed once per load, not four times). */
    public StoreLoader digests(FileDigests known) {
        this.digests = known;
        return this;
    }

    public DataDir dataDir() {
        return dataDir;
    }

    /**
     * Whether the live database holds exactly {@code folderOrFile}'s graphs, judged from the graph
     * index beside the dump (its SHA-256 checked, no parse); empty when there is no index that
     * describes the dump. A release made later than its load checks this first, so it never
     * publishes dumps that are not the live data.
     */
    public Optional<Boolean> holdsExactly(Path folderOrFile) {
        Optional<Path> live = dataDir.current();
        if (live.isEmpty()) {
            return Optional.of(false);
        }
        return IndexedDump.of(QuadInput.of(folderOrFile), digests)
                .map(dump -> dump.manifest().equals(LivePatch.manifestOf(live.get())));
    }

    public LoadReport load(Path folderOrFile) {
        long t0 = System.nanoTime();
        QuadInput input = QuadInput.of(folderOrFile);
        try (DataDir.LoadLock lock = dataDir.lockForLoad()) {
            dataDir.cleanUp();
            Optional<Path> live = dataDir.current();
            GraphManifest liveManifest = live.map(LivePatch::manifestOf).orElse(GraphManifest.empty());
            Optional<IndexedDump> indexed = IndexedDump.of(input, digests);
            Optional<GraphManifest> stated = indexed.map(IndexedDump::manifest);
            if (live.isEmpty() || forceFull) {
                return fullInOnePass(t0, input, live, liveManifest, stated);
            }
            int spillLimit = (int) (PATCH_LIMIT * liveManifest.graphs().size());
            if (stated.isPresent()) {
                GraphManifest.Diff diff = liveManifest.diff(stated.get());
                if (diff.toLoad().size() > spillLimit) {
                    // Too many changes for a patch: one parse builds and checks the index at once.
                    return fullInOnePass(t0, input, live, liveManifest, stated);
                }
                try (Spill spill = new Spill(dataDir.root().resolve(DataDir.SPILL), liveManifest, spillLimit)) {
                    if (readChangedGraphs(indexed.get(), diff, spill)) {
                        return buildAndSwitch(t0, input, spill, live, liveManifest, stated.get());
                    }
                }
            }
            GraphManifest incoming;
            try (Spill spill = new Spill(dataDir.root().resolve(DataDir.SPILL), liveManifest, spillLimit)) {
                incoming = input.scan(spill);
                if (incoming.graphs().isEmpty()) {
                    throw new StoreException("no quads in " + input.file());
                }
                return buildAndSwitch(t0, input, spill, live, liveManifest, incoming);
            }
        } catch (IOException e) {
            throw new StoreException("load into " + dataDir.root() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The fast path's seam: fills the spill with the added and changed graphs, read from their
     * members alone, as the scan would have. False when the index turns out to disagree with the
     * dump (logged); the caller then scans the whole dump.
     */
    private static boolean readChangedGraphs(IndexedDump indexed, GraphManifest.Diff diff, Spill spill) {
        try {
            indexed.readGraphs(diff.toLoad(), spill);
            return true;
        } catch (IndexedDump.Disagrees e) {
            LOG.warn("graph index not usable: {}; reading the whole dump", e.getMessage());
            return false;
        }
    }

    private LoadReport buildAndSwitch(long t0, QuadInput input, Spill spill, Optional<Path> live,
            GraphManifest liveManifest, GraphManifest incoming) throws IOException {
        GraphManifest.Diff diff = liveManifest.diff(incoming);
        if (live.isPresent() && diff.isEmpty() && !forceFull) {
            return new LoadReport(LoadReport.Outcome.UNCHANGED, live.get(), Set.of(), Set.of(), Set.of(),
                    Set.of(), diff.unchanged().size(), incoming.totalQuads(), 0, 0, millisSince(t0));
        }
        int total = Math.max(1, incoming.graphs().size());
        boolean patch = live.isPresent() && !forceFull
                && (double) (diff.toLoad().size() + diff.removed().size()) / total <= PATCH_LIMIT;
        if (patch) {
            // A patch reads its few graphs from the spill written during the scan instead of
            // parsing the whole input a second time.
            QuadInput source = spill.usable() ? QuadInput.of(spill.finish()) : input;
            Optional<LoadReport> done = new PatchInPlace(dataDir, check, patchSteps(), handOverWait)
                    .apply(t0, source, live.get(), liveManifest, incoming, diff);
            if (done.isPresent()) {
                return done.get();
            }
            // The live database is held by a process that is not a server (query --data): build beside it.
        }

        int n = dataDir.nextNumber();
        Path build = dataDir.root().resolve("build-" + n);
        Path target = dataDir.root().resolve("db-" + n);
        Set<String> toLoad = incoming.graphs().keySet();
        long[] counts;
        try {
            try (StoreDatabase db = StoreDatabase.open(build)) {
                counts = build(db, input, toLoad, bulkLoader);
                validate(db, incoming);
                check.check(db, incoming);
            }
            complete(build, target, incoming);
        } catch (RuntimeException | IOException | Error e) {
            throw failed(build, live, e);
        }
        switchTo(target);
        Set<String> loaded = new LinkedHashSet<>(toLoad);
        return sized(new LoadReport(LoadReport.Outcome.FULL, target, loaded,
                diff.added(), diff.changed(), diff.removed(), incoming.graphs().size() - loaded.size(),
                incoming.totalQuads(), counts[0], counts[1], millisSince(t0)));
    }

    /** What the in-place patch calls at each step; the switch hook stands for "just before the commit". */
    private java.util.function.Consumer<LivePatch.Step> patchSteps() {
        return step -> {
            if (step == LivePatch.Step.BEFORE_COMMIT) {
                beforeSwitch.run();
            }
            patchSteps.accept(step);
        };
    }

    private static LoadReport sized(LoadReport r) {
        Revision rev = Revision.read(r.database());
        return r.withSize(rev.generationId(r.database()), Revision.tdbBytes(r.database()), rev.fullBuildBytes());
    }

    /**
     * A first load or {@code --full}: nothing to compare against, so the input is parsed once, into
     * Jena's bulk loader and the graph fingerprints at the same time, instead of a scan followed by
     * a second parse. A bad input fails during the load; the half-built folder is deleted.
     */
    private LoadReport fullInOnePass(long t0, QuadInput input, Optional<Path> live, GraphManifest liveManifest,
            Optional<GraphManifest> stated) throws IOException {
        int n = dataDir.nextNumber();
        Path build = dataDir.root().resolve("build-" + n);
        Path target = dataDir.root().resolve("db-" + n);
        GraphManifest incoming;
        long quads;
        long text;
        try {
            try (StoreDatabase db = StoreDatabase.open(build)) {
                GraphHasher hasher = new GraphHasher();
                quads = bulkLoad(db.tdb(), bulkLoader, sink -> input.parse(new Tee(sink, hasher)));
                incoming = hasher.manifest();
                if (incoming.graphs().isEmpty()) {
                    throw new StoreException("no quads in " + input.file());
                }
                if (stated.isPresent() && !stated.get().equals(incoming)) {
                    GraphManifest.Diff wrong = stated.get().diff(incoming);
                    Set<String> graphs = new LinkedHashSet<>(wrong.toLoad());
                    graphs.addAll(wrong.removed());
                    throw new StoreException("the graph index beside " + input.file() + " disagrees with the dump it"
                            + " names about " + graphs.size() + " graph(s), e.g. <" + graphs.iterator().next()
                            + ">; nothing switched");
                }
                text = indexText(db, incoming.graphs().keySet(), Set.of());
                validate(db, incoming);
                check.check(db, incoming);
            }
            complete(build, target, incoming);
        } catch (RuntimeException | IOException | Error e) {
            throw failed(build, live, e);
        }
        switchTo(target);
        GraphManifest.Diff diff = liveManifest.diff(incoming);
        return sized(new LoadReport(LoadReport.Outcome.FULL, target, new LinkedHashSet<>(incoming.graphs().keySet()),
                diff.added(), diff.changed(), diff.removed(), 0, incoming.totalQuads(), quads, text, millisSince(t0)));
    }

    /** Sends every quad to the loader and to the fingerprints. */
    private static final class Tee extends StreamRDFWrapper {
        private final StreamRDF other;

        Tee(StreamRDF loader, StreamRDF other) {
            super(loader);
            this.other = other;
        }

        @Override
        public void start() {
            super.start();
            other.start();
        }

        @Override
        public void quad(Quad quad) {
            other.quad(quad);
            super.quad(quad);
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            other.triple(triple);
            super.triple(triple);
        }

        @Override
        public void finish() {
            other.finish();
            super.finish();
        }
    }

    private void complete(Path build, Path target, GraphManifest incoming) throws IOException {
        incoming.write(build.resolve(GraphManifest.FILE));
        new Revision(0, Revision.tdbBytes(build)).write(build);
        Files.move(build, target, StandardCopyOption.ATOMIC_MOVE);
        DataDir.fsyncDir(dataDir.root());
    }

    private static StoreException failed(Path build, Optional<Path> live, Throwable e) {
        deleteQuietly(build);
        return e instanceof StoreException se ? se
                : new StoreException("rebuild failed, " + live.map(p -> p.getFileName() + " stays live")
                        .orElse("no database is live") + ": " + e.getMessage(), e);
    }

    private void switchTo(Path target) throws IOException {
        beforeSwitch.run();
        dataDir.switchTo(target);
        for (Path gone : dataDir.cleanUp()) {
            LOG.info("deleted old database {}", gone.getFileName());
        }
    }

    /** Runs {@code feed} into a bulk load of {@code kind}; returns the quads loaded. */
    private static long bulkLoad(DatasetGraph tdb, BulkLoader kind, java.util.function.Consumer<StreamRDF> feed) {
        // Jena's parallel and phased loaders are not crash-safe on a live database; here the build
        // folder is never live, and a crash leaves only a build-<n> folder that the next run deletes.
        DataLoader loader = kind.create(tdb);
        loader.startBulk();
        try {
            feed.accept(loader.stream());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loader.countQuads();
    }

    /** Indexes the text of the loaded graphs, and again that of subjects whose entries were dropped. */
    private static long indexText(StoreDatabase db, Set<String> loaded, Set<Node> dropped) {
        DatasetGraph tdb = db.tdb();
        long[] text = new long[1];
        Txn.executeRead(tdb, () -> {
            text[0] = TextIndexing.indexGraphs(db.textIndex(), tdb, loaded);
            // Documents of a subject are keyed by subject, so subjects that also have text in kept
            // graphs lost those entries above and get them back here.
            text[0] += TextIndexing.reindexSubjects(db.textIndex(), tdb, dropped, loaded);
        });
        db.textIndex().commit();
        return text[0];
    }

    /** A full build: every quad of {@code input}; returns {quads loaded, text entries indexed}. */
    private static long[] build(StoreDatabase db, QuadInput input, Set<String> graphs, BulkLoader kind) {
        long quads = bulkLoad(db.tdb(), kind, input::parse);
        return new long[] {quads, indexText(db, graphs, Set.of())};
    }

    /**
     * Quads per graph must equal the scan, no quad may stand outside those graphs, and the union
     * default graph must answer a query. Counted on TDB2's graph-first index as node ids, without
     * decoding a term: a SPARQL count grouped by graph cost a tenth of a whole load.
     */
    private static void validate(StoreDatabase db, GraphManifest expected) {
        Set<String> diff = new LinkedHashSet<>();
        Txn.executeRead(db.tdb(), () -> {
            QuadTable quads = QuadTable.of(db.tdb());
            long total = 0;
            for (Map.Entry<String, GraphManifest.Entry> e : expected.graphs().entrySet()) {
                long n = quads.count(e.getKey());
                total += n;
                if (n != e.getValue().quads()) {
                    diff.add(e.getKey() + " expected " + e.getValue().quads() + " got " + n);
                }
            }
            long all = quads.size();
            if (all != total) {
                diff.add((all - total) + " quads outside the input's graphs");
            }
            if (!QueryExec.dataset(db.dataset()).query("ASK { ?s ?p ?o }").ask()) {
                throw new StoreException("validation: the union default graph is empty");
            }
        });
        if (!diff.isEmpty()) {
            throw new StoreException("validation: quad counts differ from the input: " + diff);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            DataDir.deleteTree(p);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", p, e.getMessage());
        }
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
