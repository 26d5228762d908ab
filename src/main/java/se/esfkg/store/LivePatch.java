package se.esfkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Applies a small change to a live database in place, in one TDB2 write transaction: drop the
 * changed and removed graphs, add the new quads, check the counts against the incoming manifest, and
 * commit, or abort and leave the data as it was. Readers that began before the commit keep their
 * view (TDB2 is multiple-reader, single-writer).
 *
 * <p>Order of writes, so that a crash anywhere leaves something the next opener repairs:
 * <ol>
 * <li>inside the transaction, before anything is deleted: {@link PatchMarker} (graphs touched and the
 * text keys they held) and the next {@link Revision}, both flushed;</li>
 * <li>delete, add, validate, commit (TDB2's journal: a crash before the commit is rolled back when
 * the database is next opened, after it the commit is whole);</li>
 * <li>{@code manifest.tsv} (temporary file, flushed, renamed);</li>
 * <li>the text index of the touched subjects (Lucene commit);</li>
 * <li>delete the marker.</li>
 * </ol>
 * {@link #recover} on a database with a marker left over redoes step 4 from the data as it is and
 * marks the marker's graphs unknown in the manifest, so the next load re-applies them (deleting and
 * re-adding a graph is idempotent).
 */
public final class LivePatch {

    /** Points between the writes, for tests that kill the process there. */
    public enum Step {
        BEFORE_COMMIT, AFTER_COMMIT, AFTER_MANIFEST, AFTER_TEXT
    }

    /** What one patch did; {@code revision} is the database's revision after it. */
    public record Result(Revision revision, long quadsLoaded, long textEntries) {
    }

    /**
     * Runs the commit. A server passes one that keeps new transactions from beginning during the
     * commit and then serves the same database under the next generation.
     */
    @FunctionalInterface
    public interface CommitGate {
        void commit(Revision next, Runnable commit);
    }

    /** The fingerprint a recovered manifest gives graphs whose state it cannot vouch for. */
    static final String UNKNOWN = "unknown-after-interrupted-patch";

    private final StoreDatabase db;
    private final BuildCheck check;
    private final Consumer<Step> steps;
    private final CommitGate gate;

    public LivePatch(StoreDatabase db, BuildCheck check, Consumer<Step> steps) {
        this(db, check, steps, (next, commit) -> commit.run());
    }

    public LivePatch(StoreDatabase db, BuildCheck check, Consumer<Step> steps, CommitGate gate) {
        this.db = db;
        this.check = check;
        this.steps = steps;
        this.gate = gate;
    }

    /**
     * Moves the database to {@code incoming}, reading the quads of the added and changed graphs from
     * {@code source} (other graphs in it are skipped).
     */
    public Result apply(GraphManifest incoming, QuadInput source) {
        return apply(incoming, source, null, null);
    }

    /**
     * As {@link #apply(GraphManifest, QuadInput)}, with the database's manifest as the caller knows
     * it (a server keeps the one its last patch wrote: reading {@code manifest.tsv} again takes 1-3 s
     * at 100,000 pages); a repair on the way, or {@code null}, reads it here.
     */
    public Result apply(GraphManifest incoming, QuadInput source, GraphManifest current) {
        return current == null ? apply(incoming, source) : apply(incoming, source, current, current.diff(incoming));
    }

    /**
     * As {@link #apply(GraphManifest, QuadInput)}, with the database's manifest as the caller has
     * just read it and its diff to {@code incoming} (at 100,000 pages reading the manifest takes a
     * second or two, comparing it most of one); {@code null} computes them here.
     */
    Result apply(GraphManifest incoming, QuadInput source, GraphManifest current, GraphManifest.Diff currentDiff) {
        boolean repaired = recover(db);
        Path dir = db.dir();
        boolean given = current != null && currentDiff != null && !repaired;
        GraphManifest liveManifest = given ? current : db.manifest();
        GraphManifest.Diff diff = given ? currentDiff : liveManifest.diff(incoming);
        Set<String> toDrop = diff.toDrop();
        Set<String> toLoad = diff.toLoad();
        Revision before = Revision.read(dir);
        Revision next = before.next();
        DatasetGraph tdb = db.tdb();
        PatchMarker marker;
        long[] loaded = new long[1];
        tdb.begin(ReadWrite.WRITE);
        try {
            Set<Node> oldTextSubjects = new HashSet<>();
            TextIndexing.collectTextSubjects(tdb, toDrop, oldTextSubjects);
            Set<String> touched = new LinkedHashSet<>(toDrop);
            touched.addAll(toLoad);
            marker = new PatchMarker(next.number(), touched,
                    oldTextSubjects.stream().map(TextIndexing::key).collect(java.util.stream.Collectors.toSet()));
            marker.write(dir);
            next.write(dir);
            long quadsBefore = totalBefore(tdb, liveManifest);
            long untouched = quadsBefore - dropGraphs(tdb, toDrop);
            source.parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (toLoad.contains(q.getGraph().getURI())) {
                        tdb.add(q);
                        loaded[0]++;
                    }
                }
            });
            validate(tdb, incoming, touched, untouched);
            check.check(db, incoming);
            steps.accept(Step.BEFORE_COMMIT);
            gate.commit(next, tdb::commit);
        } catch (RuntimeException | Error e) {
            tdb.abort();
            // Nothing changed: the revision goes back and the marker goes (a crash here instead
            // leaves both, which costs a spurious new ETag and a harmless repair).
            before.write(dir);
            PatchMarker.delete(dir);
            throw e instanceof StoreException se ? se
                    : new StoreException("patch aborted, " + dir.getFileName() + " is unchanged: " + e.getMessage(), e);
        } finally {
            tdb.end();
        }
        steps.accept(Step.AFTER_COMMIT);
        writeManifest(dir, incoming);
        steps.accept(Step.AFTER_MANIFEST);
        long text = reindex(db, marker);
        steps.accept(Step.AFTER_TEXT);
        PatchMarker.delete(dir);
        return new Result(next, loaded[0], text);
    }

    /**
     * Repairs what an interrupted patch left outside its transaction; returns whether there was one.
     * Call with the database open (opening it has already rolled TDB2 back or forward).
     */
    public static boolean recover(StoreDatabase db) {
        var found = PatchMarker.read(db.dir());
        if (found.isEmpty()) {
            return false;
        }
        PatchMarker marker = found.get();
        reindex(db, marker);
        writeManifest(db.dir(), withUnknown(db.manifest(), marker.graphs()));
        PatchMarker.delete(db.dir());
        return true;
    }

    /**
     * The manifest of a database folder as a loader must see it: the graphs of a patch that was
     * interrupted there are unknown, so they differ from any input and the load re-applies them.
     */
    public static GraphManifest manifestOf(Path dbDir) {
        GraphManifest written = GraphManifest.read(dbDir.resolve(GraphManifest.FILE));
        return PatchMarker.read(dbDir).map(m -> withUnknown(written, m.graphs())).orElse(written);
    }

    private static GraphManifest withUnknown(GraphManifest manifest, Set<String> unknown) {
        Map<String, GraphManifest.Entry> graphs = new TreeMap<>(manifest.graphs());
        for (String g : unknown) {
            graphs.put(g, new GraphManifest.Entry(UNKNOWN, -1));
        }
        return new GraphManifest(graphs);
    }

    /** Drops the text of every subject the marker names or its graphs now hold, and indexes it again. */
    private static long reindex(StoreDatabase db, PatchMarker marker) {
        DatasetGraph tdb = db.tdb();
        long[] n = new long[1];
        Txn.executeRead(tdb, () -> {
            Set<Node> subjects = new HashSet<>();
            TextIndexing.collectTextSubjects(tdb, marker.graphs(), subjects);
            Set<String> keys = new HashSet<>(marker.textSubjects());
            subjects.forEach(s -> keys.add(TextIndexing.key(s)));
            TextIndexing.deleteKeys(db.textIndex(), keys);
            // Keys are IRIs (or blank node labels, which a text subject of the converter never is).
            for (String k : marker.textSubjects()) {
                if (!k.startsWith("_:")) {
                    subjects.add(NodeFactory.createURI(k));
                }
            }
            n[0] = TextIndexing.indexGraphs(db.textIndex(), tdb, marker.graphs());
            n[0] += TextIndexing.reindexSubjects(db.textIndex(), tdb, subjects, marker.graphs());
        });
        db.textIndex().commit();
        return n[0];
    }

    static long dropGraphs(DatasetGraph tdb, Set<String> graphs) {
        return QuadTable.of(tdb).drop(graphs);
    }

    /**
     * The database's quads before the patch: the live manifest's total, which the last load or patch
     * validated. Counting the quad table instead reads every quad (seconds at 5,000 pages, most of a
     * minute at 100,000), so it is done only when the manifest holds graphs of an interrupted patch.
     */
    private static long totalBefore(DatasetGraph tdb, GraphManifest live) {
        boolean known = live.graphs().values().stream().allMatch(e -> e.quads() >= 0);
        return known ? live.totalQuads() : QuadTable.of(tdb).size();
    }

    /**
     * Inside the write transaction: every touched graph holds what the manifest says, and so does
     * the whole: the quads left after the deletes ({@code untouched}) plus those now in the touched
     * graphs must equal the input's total.
     */
    private static void validate(DatasetGraph tdb, GraphManifest incoming, Set<String> touched, long untouched) {
        QuadTable quads = QuadTable.of(tdb);
        Set<String> wrong = new LinkedHashSet<>();
        long all = untouched;
        for (String g : touched) {
            GraphManifest.Entry e = incoming.graphs().get(g);
            long want = e == null ? 0 : e.quads();
            long got = quads.count(g);
            all += got;
            if (got != want) {
                wrong.add(g + " expected " + want + " got " + got);
            }
        }
        if (all != incoming.totalQuads()) {
            wrong.add("the database would hold " + all + " quads, the input has " + incoming.totalQuads());
        }
        if (!wrong.isEmpty()) {
            throw new StoreException("validation: quad counts differ from the input, patch aborted: " + wrong);
        }
    }

    static void writeManifest(Path dir, GraphManifest manifest) {
        Path file = dir.resolve(GraphManifest.FILE);
        Path tmp = dir.resolve(GraphManifest.FILE + ".tmp");
        manifest.write(tmp);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DataDir.fsyncDir(dir);
    }
}
