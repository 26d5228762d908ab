package se.esfkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.testing.Fixtures;

class StoreLoaderTests {

    static final String PREFIXES = "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX esf: <https://w3id.org/esf-kg/ontology#> "
            + "PREFIX text: <http://jena.apache.org/text#> ";
    static final String TITLES = PREFIXES + "SELECT ?t { ?p a esf:Project ; dcterms:title ?t } ORDER BY ?t";
    static final String G001 = Fixtures.sourceGraph("001_cadcfa4700230a5b");
    static final String G004 = Fixtures.sourceGraph("004_ed19341546b216d7");

    @TempDir
    Path tmp;
    Path data;
    StoreLoader loader;

    @BeforeEach
    void setUp() {
        data = tmp.resolve("data");
        loader = new StoreLoader(data);
    }

    @Test
    void firstLoadBuildsEverythingAndQueriesTheUnionGraph() throws IOException {
        LoadReport r = loader.load(Fixtures.seedsOut(tmp.resolve("out")));
        assertThat(r.outcome()).isEqualTo(LoadReport.Outcome.FULL);
        assertThat(r.loaded()).hasSize(8).contains(G001, Fixtures.B + "graph/reference", Fixtures.B + "graph/concepts",
                "https://w3id.org/esf-kg/ontology");
        assertThat(Files.readString(data.resolve("CURRENT")).trim()).isEqualTo("db-1");
        assertThat(select(TITLES)).containsExactly("ResursCentrum", "Samverkan utan gränser", "Team work", "VaraLyftet",
                "Visioncenter");
    }

    @Test
    void unchangedCorpusDoesNoWork() throws IOException {
        Path out = Fixtures.seedsOut(tmp.resolve("out"));
        loader.load(out);
        LoadReport again = loader.load(out);
        assertThat(again.outcome()).isEqualTo(LoadReport.Outcome.UNCHANGED);
        assertThat(again.loaded()).isEmpty();
        assertThat(folders()).containsExactly("db-1");
    }

    @Test
    void aChangedPageReplacesOnlyItsOwnGraph() {
        loader.load(Fixtures.seedsOut(tmp.resolve("out")));
        DatasetGraph dsg = Fixtures.seeds();
        Node p = NodeFactory.createURI(Fixtures.B + "project/team-work-2012");
        Node title = NodeFactory.createURI("http://purl.org/dc/terms/title");
        dsg.deleteAny(NodeFactory.createURI(G001), p, title, Node.ANY);
        dsg.add(NodeFactory.createURI(G001), p, title, NodeFactory.createLiteralLang("Teamarbete i Sölvesborg", "sv"));

        LoadReport r = loader.load(Fixtures.writeNq(dsg, tmp.resolve("out2/esf-kg.nq.gz")));

        assertThat(r.outcome()).isEqualTo(LoadReport.Outcome.PATCH);
        assertThat(r.changed()).containsExactly(G001);
        assertThat(r.loaded()).containsExactly(G001);
        assertThat(r.added()).isEmpty();
        assertThat(r.removed()).isEmpty();
        assertThat(r.unchanged()).isEqualTo(7);
        assertThat(r.quadsLoaded()).isEqualTo(dsg.getGraph(NodeFactory.createURI(G001)).size());
        assertThat(select(TITLES)).contains("Teamarbete i Sölvesborg").doesNotContain("Team work").hasSize(5);
        // The text index followed the patch: the new title is found, the old one is not, others stay.
        assertThat(select(PREFIXES + "SELECT ?t { ?p text:query 'teamarbete sölvesborg' ; dcterms:title ?t }"))
                .contains("Teamarbete i Sölvesborg");
        assertThat(select(PREFIXES + "SELECT ?p { ?p text:query '\"Team work\"' }")).isEmpty();
        assertThat(select(PREFIXES + "SELECT ?t { ?p text:query 'VaraLyftet' ; dcterms:title ?t }")).contains("VaraLyftet");
    }

    @Test
    void aRemovedPageDisappearsAndAnAddedOneAppears() {
        loader.load(Fixtures.seedsOut(tmp.resolve("out")));
        DatasetGraph dsg = Fixtures.seeds();
        dsg.removeGraph(NodeFactory.createURI(G004));
        LoadReport removed = loader.load(Fixtures.writeNq(dsg, tmp.resolve("out2/esf-kg.nq.gz")));
        assertThat(removed.removed()).containsExactly(G004);
        assertThat(removed.loaded()).isEmpty();
        assertThat(select(TITLES)).doesNotContain("Visioncenter").hasSize(4);
        assertThat(select(PREFIXES + "SELECT ?p { ?p text:query 'Visioncenter' }")).isEmpty();

        String g005 = Fixtures.sourceGraph("005_added");
        Node gNew = NodeFactory.createURI(g005);
        Fixtures.seeds().find(NodeFactory.createURI(G004), Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> dsg.add(new Quad(gNew, q.asTriple())));
        LoadReport added = loader.load(Fixtures.writeNq(dsg, tmp.resolve("out3/esf-kg.nq.gz")));
        assertThat(added.added()).containsExactly(g005);
        assertThat(added.loaded()).containsExactly(g005);
        assertThat(select(TITLES)).contains("Visioncenter").hasSize(5);
        assertThat(select(PREFIXES + "SELECT ?p { ?p text:query 'Visioncenter' }")).isNotEmpty();
    }

    @Test
    void aCorruptInputLeavesTheOldDataAnswering() throws IOException {
        loader.load(Fixtures.seedsOut(tmp.resolve("out")));
        // A gzip stream cut in the middle, as a crashed or still-running converter would leave it.
        byte[] whole = Files.readAllBytes(tmp.resolve("out/esf-kg.nq.gz"));
        Path cut = tmp.resolve("cut/esf-kg.nq.gz");
        Files.createDirectories(cut.getParent());
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> loader.load(cut.getParent())).isInstanceOf(StoreException.class);

        Path bad = tmp.resolve("bad.nq");
        try (OutputStream o = Files.newOutputStream(bad)) {
            o.write("<urn:s> <urn:p> \"unterminated <urn:g> .\n".getBytes());
        }
        assertThatThrownBy(() -> loader.load(bad)).isInstanceOf(StoreException.class).hasMessageContaining("bad N-Quads");

        assertThat(Files.readString(data.resolve("CURRENT")).trim()).isEqualTo("db-1");
        assertThat(folders()).containsExactly("db-1");
        assertThat(select(TITLES)).hasSize(5);
    }

    @Test
    void aFailedValidationOrACrashBeforeTheSwitchLeavesTheOldDataAnswering() {
        loader.load(Fixtures.seedsOut(tmp.resolve("out")));
        DatasetGraph dsg = Fixtures.seeds();
        dsg.removeGraph(NodeFactory.createURI(G004));
        Path changed = Fixtures.writeNq(dsg, tmp.resolve("out2/esf-kg.nq.gz"));

        StoreLoader failing = new StoreLoader(data).check((db, m) -> {
            throw new StoreException("injected: shapes violated");
        });
        assertThatThrownBy(() -> failing.load(changed)).hasMessageContaining("injected");
        assertThat(folders()).containsExactly("db-1");
        assertThat(select(TITLES)).contains("Visioncenter");

        // A kill after the new database is complete but before CURRENT moves: nothing switches.
        StoreLoader crashing = new StoreLoader(data).beforeSwitch(() -> {
            throw new IllegalStateException("killed");
        });
        assertThatThrownBy(() -> crashing.load(changed)).hasMessageContaining("killed");
        assertThat(Files.exists(data.resolve("CURRENT.tmp"))).isFalse();
        assertThat(select(TITLES)).contains("Visioncenter");

        // The next load applies the patch; being in place, it leaves no second database.
        LoadReport r = loader.load(changed);
        assertThat(r.removed()).containsExactly(G004);
        assertThat(select(TITLES)).doesNotContain("Visioncenter");
        assertThat(folders()).containsExactly("db-1");
        assertThat(Revision.read(data.resolve("db-1")).number()).isEqualTo(1);
    }

    @Test
    void oldDatabasesAreCleanedUpKeepingThePreviousOne() {
        loader.load(Fixtures.seedsOut(tmp.resolve("out")));
        DatasetGraph dsg = Fixtures.seeds();
        dsg.removeGraph(NodeFactory.createURI(G004));
        loader.load(Fixtures.writeNq(dsg, tmp.resolve("out2/esf-kg.nq.gz")));
        loader.forceFull(true).load(Fixtures.seedsOut(tmp.resolve("out3")));
        loader.forceFull(true).load(Fixtures.seedsOut(tmp.resolve("out4")));
        // The patch went into db-1 in place; two full builds later db-1 is gone.
        assertThat(folders()).containsExactly("db-2", "db-3");
        assertThat(select(TITLES)).hasSize(5);
    }

    List<String> select(String query) {
        Path live = new DataDir(data).current().orElseThrow();
        List<String> out = new ArrayList<>();
        try (StoreDatabase db = StoreDatabase.open(live)) {
            Txn.executeRead(db.dataset(), () -> QueryExec.dataset(db.dataset()).query(query).select()
                    .forEachRemaining(b -> {
                        Node n = b.get(b.vars().next());
                        out.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                    }));
        }
        return out;
    }

    List<String> folders() {
        try (Stream<Path> s = Files.list(data)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
