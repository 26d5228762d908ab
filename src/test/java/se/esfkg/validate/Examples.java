package se.esfkg.validate;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import se.esfkg.testing.Knowledge;

/** Loads the shape examples: base page + reference slice + one example file, with the vocabulary. */
final class Examples {

    static final String BASE = "https://w3id.org/esf-kg/id/";
    static final ShapeValidator SHAPES = ShapeValidator.of(Knowledge.SHIPPED);

    private Examples() {
    }

    /** The page graph of {@code shapes/<name>.ttl} with base.ttl and reference.ttl. */
    static Graph page(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String file : List.of("base", "reference", name)) {
            RDFParser.source("src/test/resources/shapes/" + file + ".ttl").lang(Lang.TURTLE).parse(g);
        }
        return g;
    }

    static List<ValidationIssue> validate(String name) {
        return SHAPES.validate(ShapeValidator.withVocabulary(Knowledge.SHIPPED, page(name)));
    }

    /** A data IRI under the test base: {@code id("project/bad")}. */
    static Node id(String path) {
        return NodeFactory.createURI(BASE + path);
    }
}
