package se.esfkg.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every registered syntax's dump, re-read by RDF4J Rio, holds exactly what was written; two runs
 * give the same bytes. The tests iterate the registry, so a new syntax is covered by registering it.
 */
class DumpsTests {

    @TempDir
    static Path tmp;
    static DatasetGraph input;
    static Path first;

    @BeforeAll
    static void writeOnce() {
        input = RDFDataMgr.loadDatasetGraph("src/test/resources/dump/two-graphs.trig");
        first = write(tmp.resolve("first"));
    }

    private static Path write(Path dir) {
        return write(dir, Outputs.all());
    }

    private static Path write(Path dir, java.util.List<Output> outputs) {
        try (Dumps w = Dumps.open(dir, outputs, Prefixes.standard())) {
            input.listGraphNodes().forEachRemaining(g -> w.write(g, input.getGraph(g)));
        }
        return dir;
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void everySyntaxHasExactlyOneDumpOutput(RdfSyntax syntax) {
        assertThat(Outputs.all().stream().filter(o -> o.isDumpOf(syntax))).hasSize(1);
        assertThat(Outputs.dumpOf(syntax).compression()).isEqualTo(syntax.compression());
    }

    @Test
    void chosenSyntaxesWriteOnlyTheirFiles() throws IOException {
        Path dir = write(tmp.resolve("some"), Outputs.of(java.util.Set.of(RdfSyntax.TURTLE, RdfSyntax.JSONLD)));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("esf-kg.ttl", "esf-kg.jsonld", RdfSyntax.JSONLD_CONTEXT_FILE,
                            Outputs.QUALITY_CSV, Outputs.QUALITY_HTML);
        }
        assertThat(Files.readAllBytes(dir.resolve("esf-kg.ttl")))
                .isEqualTo(Files.readAllBytes(first.resolve("esf-kg.ttl")));
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void rioReadsBackWhatWasWritten(RdfSyntax format) throws IOException {
        DatasetGraph reread = viaRio(first.resolve(format.fileName()), format);
        if (format.quads()) {
            assertThat(Iterables.graphs(reread)).containsExactlyInAnyOrderElementsOf(Iterables.graphs(input));
            input.listGraphNodes().forEachRemaining(g -> assertThat(
                    IsoMatcher.isomorphic(input.getGraph(g), reread.getGraph(g))).as(format + " graph " + g).isTrue());
        } else {
            assertThat(IsoMatcher.isomorphic(input.getUnionGraph(), reread.getDefaultGraph())).as(format.name()).isTrue();
        }
        assertThat(RioCheck.countStatements(first.resolve(format.fileName()), format))
                .isEqualTo(Iterables.count(input));
    }

    @Test
    void sameInputSameBytes() throws IOException {
        Path second = write(tmp.resolve("second"));
        for (Output o : Outputs.all()) {
            byte[] a = Files.readAllBytes(first.resolve(o.fileName()));
            byte[] b = Files.readAllBytes(second.resolve(o.fileName()));
            assertThat(b).as(o.fileName()).isEqualTo(a);
        }
    }

    @Test
    void jsonLdContextIsPublishedBesideTheDump() throws IOException {
        String context = Files.readString(first.resolve(RdfSyntax.JSONLD_CONTEXT_FILE));
        assertThat(context).contains("\"esf\" : \"https://w3id.org/esf-kg/ontology#\"");
        DatasetGraph viaJena = RDFParser.source(first.resolve("esf-kg.jsonld")).lang(Lang.JSONLD).toDatasetGraph();
        assertThat(Iterables.count(viaJena)).isEqualTo(Iterables.count(input));
    }

    /** Rio parses the dump and writes N-Quads; Jena reads those back for comparison. */
    private static DatasetGraph viaRio(Path file, RdfSyntax format) {
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        RioCheck.parse(file, format, Rio.createWriter(RDFFormat.NQUADS, nquads));
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(nquads.toByteArray())).lang(Lang.NQUADS).parse(d);
        return d;
    }

    private static final class Iterables {
        static java.util.List<Node> graphs(DatasetGraph d) {
            return org.apache.jena.atlas.iterator.Iter.toList(d.listGraphNodes());
        }

        static long count(DatasetGraph d) {
            long n = 0;
            for (Node g : graphs(d)) {
                Graph graph = d.getGraph(g);
                n += graph.size();
            }
            return n;
        }
    }
}
