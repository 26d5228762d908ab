package se.esfkg.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.store.GraphManifest;
import se.esfkg.store.QuadInput;
import se.esfkg.testing.Fixtures;

/**
 * The N-Quads dump in gzip members and its graph index, written by the converter's own sink: every
 * gzip reader reads the members as one stream, each row's member holds its graph, and the rows'
 * fingerprints are exactly the store's.
 */
class GraphIndexTests {

    @TempDir
    static Path tmp;
    static DatasetGraph seeds;
    static Path dump;
    static GraphIndex index;

    @BeforeAll
    static void write() {
        seeds = Fixtures.seeds();
        // An ontology-like graph with blank nodes (a restriction, a list), which readers give back
        // under the labels written: its fingerprint must still be the store's.
        RDFParser.fromString("""
                <https://w3id.org/esf-kg/ontology> {
                  <https://w3id.org/esf-kg/ontology#Project> <http://www.w3.org/2000/01/rdf-schema#subClassOf> [
                    a <http://www.w3.org/2002/07/owl#Restriction> ;
                    <http://www.w3.org/2002/07/owl#onProperty> <https://w3id.org/esf-kg/ontology#owner> ;
                    <http://www.w3.org/2002/07/owl#someValuesFrom> [ <http://www.w3.org/2002/07/owl#unionOf> ( <http://a.example/A> <http://a.example/B> ) ]
                  ] .
                }
                """, Lang.TRIG).parse(seeds);
        dump = Fixtures.writeIndexed(seeds, tmp.resolve("out"));
        index = GraphIndex.read(dump.resolveSibling(GraphIndex.FILE));
    }

    @Test
    void theDumpIsSeveralGzipMembersThatEveryReaderReadsWhole() throws IOException {
        assertThat(index.entries()).hasSize(8);
        assertThat(index.entries().stream().map(GraphIndex.Entry::offset).distinct()).hasSize(8);
        long quads = Iter.count(seeds.find());

        // java.util.zip, as zcat would: the lines of every member, one after another.
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text.lines().count()).isEqualTo(quads);
        }
        // Jena's own file reading, which unpacks a .gz file by its name.
        DatasetGraph viaJena = RDFDataMgr.loadDatasetGraph(dump.toString());
        assertThat(IsoMatcher.isomorphic(seeds, viaJena)).isTrue();
        Model viaRio;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            viaRio = Rio.parse(in, RDFFormat.NQUADS);
        }
        assertThat(viaRio.size()).isEqualTo(quads);
        assertThat(RioCheck.countStatements(dump, RdfSyntax.NQUADS)).isEqualTo(quads);
    }

    @Test
    void theRowsAreTheStoresFingerprints() {
        GraphManifest scanned = QuadInput.of(dump).scan();
        Map<String, GraphManifest.Entry> stated = new TreeMap<>();
        index.entries().forEach(e -> stated.put(e.graph(), new GraphManifest.Entry(e.sha256(), e.quads())));
        assertThat(stated).isEqualTo(scanned.graphs());
    }

    @Test
    void eachMemberHoldsItsGraphAlone() throws IOException {
        for (GraphIndex.Entry e : index.entries()) {
            DatasetGraph member = DatasetGraphFactory.createTxnMem();
            try (InputStream in = GraphIndex.openMember(dump, e)) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(member);
            }
            Node g = NodeFactory.createURI(e.graph());
            assertThat(Iter.toList(member.listGraphNodes())).containsExactly(g);
            assertThat(IsoMatcher.isomorphic(seeds.getGraph(g), member.getGraph(g))).as(e.graph()).isTrue();
            assertThat((long) member.getGraph(g).size()).isEqualTo(e.quads());
        }
    }

    @Test
    void smallGraphsShareAMemberAndTheConvertersDumpIsTheSameQuads() throws IOException {
        Path shared = Fixtures.writeIndexed(seeds, tmp.resolve("shared"), NQuadsSink.MEMBER_BYTES);
        GraphIndex sharedIndex = GraphIndex.read(shared.resolveSibling(GraphIndex.FILE));
        // The seeds are far smaller than a member: one member, every row pointing at it.
        assertThat(sharedIndex.entries().stream().map(GraphIndex.Entry::offset).distinct()).containsExactly(0L);
        assertThat(sharedIndex.entries().get(0).length()).isEqualTo(Files.size(shared));
        assertThat(sharedIndex.entries().stream().map(e -> e.graph() + e.quads() + e.sha256()))
                .isEqualTo(index.entries().stream().map(e -> e.graph() + e.quads() + e.sha256()).toList());
        DatasetGraph viaJena = RDFDataMgr.loadDatasetGraph(shared.toString());
        assertThat(IsoMatcher.isomorphic(seeds, viaJena)).isTrue();
        assertThat(Outputs.dumpOf(RdfSyntax.NQUADS).sinks()).isSameAs(NQuadsSink.FACTORY);
    }

    @Test
    void theHeaderDescribesTheDumpByteForByte() throws IOException {
        assertThat(index.dumpFile()).isEqualTo(RdfSyntax.NQUADS.fileName());
        assertThat(index.dumpBytes()).isEqualTo(Files.size(dump));
        assertThat(index.dumpSha256()).isEqualTo(GraphIndex.fileSha256(dump));
        assertThat(GraphIndex.lookup(dump).index()).contains(index);
        GraphIndex.Entry last = index.entries().get(index.entries().size() - 1);
        assertThat(last.offset() + last.length()).isEqualTo(Files.size(dump));
    }

    @Test
    void theSameGraphsGiveTheSameBytes() throws IOException {
        Path again = Fixtures.writeIndexed(seeds, tmp.resolve("again"));
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(dump));
        assertThat(Files.readAllBytes(again.resolveSibling(GraphIndex.FILE)))
                .isEqualTo(Files.readAllBytes(dump.resolveSibling(GraphIndex.FILE)));
    }

    @Test
    void aDumpThatChangedMakesTheIndexStale() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("stale"));
        Files.copy(dump.resolveSibling(GraphIndex.FILE), dir.resolve(GraphIndex.FILE));
        DatasetGraph other = Fixtures.seeds();
        other.removeGraph(NodeFactory.createURI(index.entries().get(0).graph()));
        Fixtures.writeNq(other, dir.resolve(RdfSyntax.NQUADS.fileName()));
        GraphIndex.Lookup lookup = GraphIndex.lookup(dir.resolve(RdfSyntax.NQUADS.fileName()));
        assertThat(lookup.index()).isEmpty();
        assertThat(lookup.reason()).contains("stale");
    }

    @Test
    void anEditedRowMakesTheIndexMalformed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("edited"));
        Files.copy(dump, dir.resolve(dump.getFileName()));
        String text = Files.readString(dump.resolveSibling(GraphIndex.FILE));
        GraphIndex.Entry row = index.entries().get(2);
        Files.writeString(dir.resolve(GraphIndex.FILE), text.replace("\t" + row.quads() + "\t" + row.sha256(),
                "\t" + (row.quads() + 1) + "\t" + row.sha256()));
        assertThatThrownBy(() -> GraphIndex.read(dir.resolve(GraphIndex.FILE))).isInstanceOf(GraphIndex.Malformed.class)
                .hasMessageContaining("rows-sha256");
        assertThat(GraphIndex.lookup(dir.resolve(dump.getFileName())).index()).isEmpty();
        Files.writeString(dir.resolve(GraphIndex.FILE), text.substring(0, text.length() / 2));
        assertThat(GraphIndex.lookup(dir.resolve(dump.getFileName())).reason()).contains("not usable");
    }

    @Test
    void withoutNQuadsThereIsNoIndex() {
        Path dir = tmp.resolve("turtle-only");
        try (Dumps dumps = Dumps.open(dir, Outputs.of(Set.of(RdfSyntax.TURTLE)), Map.of())) {
            seeds.listGraphNodes().forEachRemaining(g -> dumps.write(g, seeds.getGraph(g)));
        }
        assertThat(dir.resolve(GraphIndex.FILE)).doesNotExist();
        assertThat(dir.resolve(RdfSyntax.TURTLE.fileName())).exists();
    }
}
