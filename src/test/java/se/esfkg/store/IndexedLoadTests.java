package se.esfkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.output.GraphIndex;
import se.esfkg.testing.Fixtures;

/**
 * The loader's use of the dump's graph index, on real files and a real TDB2 store: a one-page
 * change reads that page's member alone; an index that is stale, malformed or wrong is never
 * believed, and a bad member fails the load with nothing switched.
 */
class IndexedLoadTests {

    static final String TITLES = StoreLoaderTests.TITLES;
    static final String G001 = StoreLoaderTests.G001;
    static final String G004 = StoreLoaderTests.G004;

    @TempDir
    Path tmp;
    Path data;
    StoreLoader loader;

    @BeforeEach
    void firstLoad() {
        data = tmp.resolve("data");
        loader = new StoreLoader(data);
        LoadReport first = loader.load(Fixtures.writeIndexed(Fixtures.seeds(), tmp.resolve("out1")).getParent());
        assertThat(first.outcome()).isEqualTo(LoadReport.Outcome.FULL);
    }

    /** The seeds with page 001's title changed. */
    static DatasetGraph onePageChanged() {
        DatasetGraph dsg = Fixtures.seeds();
        Node p = NodeFactory.createURI(Fixtures.B + "project/team-work-2012");
        Node title = NodeFactory.createURI("http://purl.org/dc/terms/title");
        dsg.deleteAny(NodeFactory.createURI(G001), p, title, Node.ANY);
        dsg.add(NodeFactory.createURI(G001), p, title, NodeFactory.createLiteralLang("Teamarbete i Sölvesborg", "sv"));
        return dsg;
    }

    @Test
    void aOnePageChangeReadsOnlyThatPagesMember() throws IOException {
        Path dump = Fixtures.writeIndexed(onePageChanged(), tmp.resolve("out2"));
        // Garbage in place of an unchanged page's member, with the index re-stamped for the new
        // bytes: a load that parsed anything but page 001's member would fail.
        GraphIndex index = GraphIndex.read(dump.resolveSibling(GraphIndex.FILE));
        GraphIndex.Entry unchanged = index.byGraph().get(G004);
        byte[] bytes = Files.readAllBytes(dump);
        for (long i = unchanged.offset() + 10; i < unchanged.offset() + unchanged.length() - 8; i++) {
            bytes[(int) i] = (byte) 0x5a;
        }
        Files.write(dump, bytes);
        restamp(dump, index, index.entries());

        LoadReport r = loader.load(dump.getParent());

        assertThat(r.outcome()).isEqualTo(LoadReport.Outcome.PATCH);
        assertThat(r.changed()).containsExactly(G001);
        assertThat(r.loaded()).containsExactly(G001);
        assertThat(r.unchanged()).isEqualTo(7);
        assertThat(select(TITLES)).contains("Teamarbete i Sölvesborg", "Visioncenter").doesNotContain("Team work")
                .hasSize(5);
        assertThat(GraphManifest.read(live().resolve(GraphManifest.FILE)))
                .isEqualTo(QuadInput.of(Fixtures.writeNq(onePageChanged(), tmp.resolve("plain/esf-kg.nq.gz"))).scan());
    }

    @Test
    void aGraphInASharedMemberIsReadAlone() {
        // The converter's member size: all eight seed graphs share one member.
        Path dump = Fixtures.writeIndexed(onePageChanged(), tmp.resolve("out2"), 1 << 18);
        LoadReport r = loader.load(dump.getParent());
        assertThat(r.outcome()).isEqualTo(LoadReport.Outcome.PATCH);
        assertThat(r.loaded()).containsExactly(G001);
        assertThat(r.quadsLoaded()).isEqualTo(onePageChanged().getGraph(NodeFactory.createURI(G001)).size());
        assertThat(select(TITLES)).contains("Teamarbete i Sölvesborg", "Visioncenter").hasSize(5);
    }

    @Test
    void anUnchangedDumpIsKnownFromItsIndex() {
        LoadReport again = loader.load(Fixtures.writeIndexed(Fixtures.seeds(), tmp.resolve("out2")).getParent());
        assertThat(again.outcome()).isEqualTo(LoadReport.Outcome.UNCHANGED);
    }

    @Test
    void aStaleIndexIsIgnoredAndTheDumpScanned() throws IOException {
        Path dump = Fixtures.writeIndexed(onePageChanged(), tmp.resolve("out2"));
        // The index of the first output beside the second dump: it describes another file.
        Files.copy(tmp.resolve("out1").resolve(GraphIndex.FILE), dump.resolveSibling(GraphIndex.FILE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        LoadReport r = loader.load(dump.getParent());
        assertThat(r.outcome()).isEqualTo(LoadReport.Outcome.PATCH);
        assertThat(r.changed()).containsExactly(G001);
        assertThat(select(TITLES)).contains("Teamarbete i Sölvesborg").hasSize(5);
    }

    @Test
    void aTamperedRowIsNeverBelieved() throws IOException {
        Path dump = Fixtures.writeIndexed(onePageChanged(), tmp.resolve("out2"));
        GraphIndex index = GraphIndex.read(dump.resolveSibling(GraphIndex.FILE));
        // A row edited by hand: its rows-sha256 no longer matches, the index is malformed.
        String text = Files.readString(dump.resolveSibling(GraphIndex.FILE));
        GraphIndex.Entry row = index.byGraph().get(G004);
        Files.writeString(dump.resolveSibling(GraphIndex.FILE), text.replace(row.sha256(), "0" + row.sha256().substring(1)));
        LoadReport scanned = loader.load(dump.getParent());
        assertThat(scanned.changed()).containsExactly(G001);
        assertThat(select(TITLES)).contains("Teamarbete i Sölvesborg").hasSize(5);

        // A consistent index that says the changed page's graph is two quads bigger than it is.
        Path dump3 = Fixtures.writeIndexed(Fixtures.seeds(), tmp.resolve("out3"));
        GraphIndex third = GraphIndex.read(dump3.resolveSibling(GraphIndex.FILE));
        List<GraphIndex.Entry> lying = new ArrayList<>();
        third.entries().forEach(e -> lying.add(!e.graph().equals(G001) ? e
                : new GraphIndex.Entry(e.graph(), e.offset(), e.length(), e.quads() + 2, e.sha256())));
        restamp(dump3, third, lying);
        LoadReport back = loader.load(dump3.getParent());
        assertThat(back.outcome()).isEqualTo(LoadReport.Outcome.PATCH);
        assertThat(back.changed()).containsExactly(G001);
        assertThat(select(TITLES)).contains("Team work").doesNotContain("Teamarbete i Sölvesborg");
        assertThat(GraphManifest.read(live().resolve(GraphManifest.FILE)).graphs().get(G001).sha256())
                .isEqualTo(third.byGraph().get(G001).sha256());
    }

    @Test
    void aBadMemberFailsTheLoadAndNothingSwitches() throws IOException {
        Path dump = Fixtures.writeIndexed(onePageChanged(), tmp.resolve("out2"));
        GraphIndex index = GraphIndex.read(dump.resolveSibling(GraphIndex.FILE));
        GraphIndex.Entry changed = index.byGraph().get(G001);
        // Page 001's member replaced by a gzip member of broken N-Quads, the index re-stamped to match.
        byte[] bad = gzip("<" + Fixtures.B + "x> <" + Fixtures.B + "p> \"unterminated <" + G001 + "> .\n");
        byte[] old = Files.readAllBytes(dump);
        ByteArrayOutputStream spliced = new ByteArrayOutputStream();
        spliced.write(old, 0, (int) changed.offset());
        spliced.write(bad);
        spliced.write(old, (int) (changed.offset() + changed.length()), old.length - (int) (changed.offset() + changed.length()));
        Files.write(dump, spliced.toByteArray());
        long shift = bad.length - changed.length();
        List<GraphIndex.Entry> rows = new ArrayList<>();
        for (GraphIndex.Entry e : index.entries()) {
            rows.add(e.offset() < changed.offset() ? e
                    : e.graph().equals(G001) ? new GraphIndex.Entry(e.graph(), e.offset(), bad.length, e.quads(), e.sha256())
                    : new GraphIndex.Entry(e.graph(), e.offset() + shift, e.length(), e.quads(), e.sha256()));
        }
        restamp(dump, index, rows);

        assertThatThrownBy(() -> loader.load(dump.getParent())).isInstanceOf(StoreException.class)
                .hasMessageContaining("bad N-Quads in " + dump).hasMessageContaining(G001).hasMessageContaining("line");
        assertThat(Files.readString(data.resolve("CURRENT")).trim()).isEqualTo("db-1");
        assertThat(select(TITLES)).contains("Team work").hasSize(5);
    }

    @Test
    void aFullLoadChecksEveryFingerprintAgainstTheIndex() throws IOException {
        Path dump = Fixtures.writeIndexed(onePageChanged(), tmp.resolve("out2"));
        GraphIndex index = GraphIndex.read(dump.resolveSibling(GraphIndex.FILE));
        List<GraphIndex.Entry> lying = new ArrayList<>();
        index.entries().forEach(e -> lying.add(!e.graph().equals(G004) ? e
                : new GraphIndex.Entry(e.graph(), e.offset(), e.length(), e.quads(), "0".repeat(64))));
        restamp(dump, index, lying);

        assertThatThrownBy(() -> loader.forceFull(true).load(dump.getParent())).isInstanceOf(StoreException.class)
                .hasMessageContaining("disagrees").hasMessageContaining(G004);
        assertThat(Files.readString(data.resolve("CURRENT")).trim()).isEqualTo("db-1");
        assertThat(Files.list(data).map(p -> p.getFileName().toString()).filter(n -> n.startsWith("build-"))).isEmpty();

        restamp(dump, index, index.entries());
        LoadReport r = loader.forceFull(true).load(dump.getParent());
        assertThat(r.outcome()).isEqualTo(LoadReport.Outcome.FULL);
        assertThat(select(TITLES)).contains("Teamarbete i Sölvesborg").hasSize(5);
    }

    /** Rewrites the index with {@code rows} for the dump's present bytes, as a consistent index. */
    static void restamp(Path dump, GraphIndex index, List<GraphIndex.Entry> rows) throws IOException {
        new GraphIndex(index.dumpFile(), GraphIndex.fileSha256(dump), Files.size(dump), rows)
                .write(dump.resolveSibling(GraphIndex.FILE));
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(b)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    Path live() throws IOException {
        return data.resolve(Files.readString(data.resolve("CURRENT")).trim());
    }

    List<String> select(String query) {
        List<String> out = new ArrayList<>();
        try (StoreDatabase db = StoreDatabase.open(new DataDir(data).current().orElseThrow())) {
            Txn.executeRead(db.dataset(), () -> QueryExec.dataset(db.dataset()).query(query).select()
                    .forEachRemaining(b -> out.add(b.get(b.vars().next()).getLiteralLexicalForm())));
        }
        return out;
    }
}
