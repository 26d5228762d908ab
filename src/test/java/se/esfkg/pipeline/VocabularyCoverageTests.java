package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.map.Esf;
import se.esfkg.testing.Knowledge;

/**
 * Every property the converter writes — from all four layouts, personal data included — is
 * declared in the ontology and checked by a shape. A property outside either (as schema.org's dates
 * were while the ontology said https and the data http) is data no shape ever looks at.
 */
class VocabularyCoverageTests {

    private static final String SH = "http://www.w3.org/ns/shacl#";

    @TempDir
    static Path tmp;
    static Set<String> used = new TreeSet<>();

    @BeforeAll
    static void convertEveryLayout() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("seeds/000_05dbab979be8d6ed.txt"), in.resolve("page-a.txt"));
        Files.copy(Path.of("src/test/resources/layouts/b/format-b-example.txt"), in.resolve("page-b.txt"));
        Files.copy(Path.of("src/test/resources/layouts/c/format-c-example.txt"), in.resolve("page-c.txt"));
        Files.copy(Path.of("src/test/resources/layouts/d/export-example.csv"), in.resolve("export.csv"));
        ConvertSummary summary = Converter.builder().knowledge(Knowledge.SHIPPED).includePersonalData(true).build()
                .convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);
        assertThat(summary.failed()).isZero();
        DatasetGraph out = RDFDataMgr.loadDatasetGraph(tmp.resolve("out/esf-kg.nq.gz").toString());
        Node ontologyGraph = NodeFactory.createURI(Esf.ONTOLOGY);
        out.listGraphNodes().forEachRemaining(g -> {
            // The ontology and concept graphs describe the vocabulary itself; they are checked in OntologyTests.
            if (!g.equals(ontologyGraph) && !g.getURI().endsWith("/graph/concepts")) {
                out.getGraph(g).find().forEachRemaining(t -> used.add(t.getPredicate().getURI()));
            }
        });
    }

    @Test
    void everyPropertyTheDataUsesIsDeclaredInTheOntology() {
        Graph ontology = Knowledge.SHIPPED.ontology();
        Set<String> undeclared = new TreeSet<>();
        for (String p : used) {
            // RDF's, RDFS's and OWL's own properties (rdf:type, rdf:value, rdfs:label, owl:sameAs) are the languages' built-ins.
            boolean builtIn = p.startsWith(RDF.getURI()) || p.startsWith(RDFS.getURI()) || p.startsWith(OWL2.getURI());
            if (!builtIn && !ontology.contains(NodeFactory.createURI(p), RDF.type.asNode(), Node.ANY)) {
                undeclared.add(p);
            }
        }
        assertThat(used).contains("http://schema.org/startDate", "http://schema.org/contactPoint", Esf.NS + "layout");
        assertThat(undeclared).isEmpty();
    }

    @Test
    void everyPropertyTheDataUsesIsTargetedByAShape() {
        Set<String> targeted = pathProperties(Knowledge.SHIPPED.shapes());
        Set<String> unchecked = new TreeSet<>(used);
        unchecked.remove(RDF.type.getURI());
        unchecked.removeAll(targeted);
        assertThat(unchecked).isEmpty();
    }

    /** Every property named in a shape's sh:path (inverse, alternative and sequence paths walked) or target. */
    private static Set<String> pathProperties(Graph shapes) {
        Set<String> found = new TreeSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        for (String p : new String[] {"path", "targetSubjectsOf", "targetObjectsOf"}) {
            shapes.find(Node.ANY, NodeFactory.createURI(SH + p), Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
        }
        Set<Node> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (n.isURI()) {
                found.add(n.getURI());
            } else if (n.isBlank()) {
                shapes.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
            }
        }
        found.remove(RDF.nil.getURI());
        return found;
    }
}
