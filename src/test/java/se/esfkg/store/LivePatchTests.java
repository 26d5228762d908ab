package se.esfkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.testing.Fixtures;

/** A small change applied to the live database in one write transaction, with no copy. */
class LivePatchTests {

    static final String TITLES = StoreLoaderTests.TITLES;
    static final String G001 = StoreLoaderTests.G001;

    @TempDir
    Path tmp;
    Path data;
    Path db1;
    Path changed;

    @BeforeEach
    void setUp() {
        data = tmp.resolve("data");
        db1 = data.resolve("db-1");
        new StoreLoader(data).load(Fixtures.seedsOut(tmp.resolve("out")));
        changed = Fixtures.writeNq(retitled("Teamarbete i Sölvesborg"), tmp.resolve("out2/esf-kg.nq.gz"));
    }

    @Test
    void aOnePageChangeIsAppliedInPlaceAndMovesTheGeneration() throws Exception {
        long fullBuild = Revision.read(db1).fullBuildBytes();
        assertThat(fullBuild).isPositive();

        LoadReport r = new StoreLoader(data).load(changed);

        assertThat(r.outcome()).isEqualTo(LoadReport.Outcome.PATCH);
        assertThat(r.summary()).startsWith("patch (in place) of db-1, now db-1.1");
        assertThat(r.generation()).isEqualTo("db-1.1");
        assertThat(r.sizeNote()).contains("database db-1.1").contains("its size after its full build");
        assertThat(r.fullBuildBytes()).isEqualTo(fullBuild);
        // No copy, no new database, no pointer move: the live folder itself changed.
        assertThat(folders()).containsExactly("db-1");
        assertThat(Files.readString(data.resolve("CURRENT")).trim()).isEqualTo("db-1");
        assertThat(Revision.read(db1).number()).isEqualTo(1);
        assertThat(db1.resolve(PatchMarker.FILE)).doesNotExist();
        assertThat(GraphManifest.read(db1.resolve(GraphManifest.FILE))).isEqualTo(QuadInput.of(changed).scan());
        try (StoreDatabase db = StoreDatabase.open(db1)) {
            assertThat(strings(db, TITLES)).contains("Teamarbete i Sölvesborg").doesNotContain("Team work").hasSize(5);
            assertThat(strings(db, StoreLoaderTests.PREFIXES + "SELECT ?p { ?p text:query '\"Team work\"' }")).isEmpty();
            assertThat(strings(db, StoreLoaderTests.PREFIXES
                    + "SELECT ?t { ?p text:query 'teamarbete sölvesborg' ; dcterms:title ?t }")).contains("Teamarbete i Sölvesborg");
        }

        // A second patch moves the revision again; a full build starts again at db-2.
        LoadReport again = new StoreLoader(data).load(Fixtures.writeNq(retitled("Lagarbete"), tmp.resolve("out3/x.nq.gz")));
        assertThat(again.generation()).isEqualTo("db-1.2");
        LoadReport full = new StoreLoader(data).forceFull(true).load(changed);
        assertThat(full.generation()).isEqualTo("db-2");
        assertThat(Revision.read(data.resolve("db-2")).number()).isZero();
    }

    @Test
    void aReaderThatBeganBeforeTheCommitKeepsItsView() throws Exception {
        GraphManifest incoming = QuadInput.of(changed).scan();
        try (StoreDatabase db = StoreDatabase.open(db1)) {
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch committed = new CountDownLatch(1);
            AtomicReference<List<String>> before = new AtomicReference<>();
            AtomicReference<List<String>> acrossTheCommit = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                DatasetGraph ds = db.dataset();
                ds.begin(ReadWrite.READ);
                try {
                    before.set(select(ds, TITLES));
                    reading.countDown();
                    committed.await(60, TimeUnit.SECONDS);
                    acrossTheCommit.set(select(ds, TITLES));
                } catch (Throwable t) {
                    failure.set(t);
                } finally {
                    ds.end();
                }
            });
            reader.start();
            assertThat(reading.await(60, TimeUnit.SECONDS)).isTrue();

            LivePatch.Result result = new LivePatch(db, BuildCheck.none(), step -> {
            }).apply(incoming, QuadInput.of(changed));
            committed.countDown();
            reader.join(60_000);

            assertThat(failure.get()).isNull();
            assertThat(result.revision().number()).isEqualTo(1);
            assertThat(result.quadsLoaded()).isEqualTo(incoming.graphs().get(G001).quads());
            assertThat(before.get()).contains("Team work").hasSize(5);
            // The transaction that was open across the commit still saw the old title, not the new one.
            assertThat(acrossTheCommit.get()).isEqualTo(before.get());
            assertThat(strings(db, TITLES)).contains("Teamarbete i Sölvesborg").doesNotContain("Team work");
        }
    }

    @Test
    void aFailedValidationAbortsAndLeavesTheDatabaseAsItWas() {
        GraphManifest real = QuadInput.of(changed).scan();
        Map<String, GraphManifest.Entry> lying = new TreeMap<>(real.graphs());
        lying.put(G001, new GraphManifest.Entry(real.graphs().get(G001).sha256(), real.graphs().get(G001).quads() + 1));
        GraphManifest before = GraphManifest.read(db1.resolve(GraphManifest.FILE));
        try (StoreDatabase db = StoreDatabase.open(db1)) {
            assertThatThrownBy(() -> new LivePatch(db, BuildCheck.none(), step -> {
            }).apply(new GraphManifest(lying), QuadInput.of(changed)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("validation").hasMessageContaining(G001);
            assertThat(strings(db, TITLES)).contains("Team work").doesNotContain("Teamarbete i Sölvesborg");
            assertThat(strings(db, StoreLoaderTests.PREFIXES + "SELECT ?p { ?p text:query '\"Team work\"' }")).hasSize(1);
        }
        assertThat(Revision.read(db1).number()).isZero();
        assertThat(db1.resolve(PatchMarker.FILE)).doesNotExist();
        assertThat(GraphManifest.read(db1.resolve(GraphManifest.FILE))).isEqualTo(before);
    }

    static DatasetGraph retitled(String title) {
        DatasetGraph dsg = Fixtures.seeds();
        Node p = NodeFactory.createURI(Fixtures.B + "project/team-work-2012");
        Node t = NodeFactory.createURI("http://purl.org/dc/terms/title");
        dsg.deleteAny(NodeFactory.createURI(G001), p, t, Node.ANY);
        dsg.add(NodeFactory.createURI(G001), p, t, NodeFactory.createLiteralLang(title, "sv"));
        return dsg;
    }

    static List<String> strings(StoreDatabase db, String query) {
        return Txn.calculateRead(db.dataset(), () -> select(db.dataset(), query));
    }

    private static List<String> select(DatasetGraph ds, String query) {
        List<String> out = new ArrayList<>();
        QueryExec.dataset(ds).query(query).select().forEachRemaining(b -> {
            Node n = b.get(b.vars().next());
            out.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        });
        return out;
    }

    private List<String> folders() throws java.io.IOException {
        try (var s = Files.list(data)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
