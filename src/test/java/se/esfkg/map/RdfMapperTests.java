package se.esfkg.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.testing.Knowledge;

class RdfMapperTests {


    /** The shipped concept schemes, as the pipeline passes them: phases and the labels of roles and sections. */
    private static ConceptLabels concepts() {
        return ConceptLabels.of(Knowledge.SHIPPED.concepts());
    }

    private static DatasetGraph map(MapperOptions options) {
        DatasetGraph out = DatasetGraphFactory.create();
        new RdfMapper(options, concepts(), KohesioIds.from(Knowledge.SHIPPED),
                new SearchableTerms(Knowledge.SHIPPED.ontology())).map(MappingFixtures.project(), MappingFixtures.classes(),
                StreamRDFLib.dataset(out), new CollectingProblemReporter());
        return out;
    }

    @Test
    void writesTheModelOfDocsModelMd() {
        DatasetGraph actual = map(new MapperOptions(Esf.DEFAULT_BASE, false, "9.9"));
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph("src/test/resources/map/project-one.trig");
        Node g = NodeFactory.createURI(Esf.DEFAULT_BASE + "source/p1");
        assertThat(actual.listGraphNodes()).toIterable().containsExactly(g);
        assertThat(IsoMatcher.isomorphic(expected.getGraph(g), actual.getGraph(g)))
                .as(() -> "differences:\n" + diff(expected.getGraph(g), actual.getGraph(g)))
                .isTrue();
    }

    @Test
    void personalDataOnlyWhenAskedFor() {
        String withoutContact = nquads(map(new MapperOptions(Esf.DEFAULT_BASE, false, "9.9")));
        assertThat(withoutContact).doesNotContain("anna@lycksele.se", "0950-1", "Anna Exempel", "contactPoint");
        String withContact = nquads(map(new MapperOptions(Esf.DEFAULT_BASE, true, "9.9")));
        assertThat(withContact).contains("\"anna@lycksele.se\"", "\"0950-1\"", "\"Anna Exempel\"",
                "<http://schema.org/contactPoint>");
    }

    @Test
    void everyIriLivesUnderTheConfiguredBase() {
        DatasetGraph out = map(new MapperOptions("http://example.org/esf/", false, "9.9"));
        assertThat(org.apache.jena.atlas.iterator.Iter.toList(out.find())).allSatisfy(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject()}) {
                assertThat(n.getURI()).startsWith("http://example.org/esf/");
            }
        });
        assertThat(org.apache.jena.atlas.iterator.Iter.toList(out.find())).noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank());
    }

    private static String nquads(DatasetGraph d) {
        java.io.StringWriter w = new java.io.StringWriter();
        RDFDataMgr.write(w, d, org.apache.jena.riot.Lang.NQUADS);
        return w.toString();
    }

    private static String diff(Graph expected, Graph actual) {
        String missing = expected.find().toList().stream().filter(t -> !actual.contains(t)).map(Object::toString)
                .collect(Collectors.joining("\n  ", "missing:\n  ", "\n"));
        String extra = actual.find().toList().stream().filter(t -> !expected.contains(t)).map(Object::toString)
                .collect(Collectors.joining("\n  ", "unexpected:\n  ", "\n"));
        return missing + extra;
    }
}
