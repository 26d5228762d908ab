package se.esfkg.validate;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/** Loads the shape examples: base page + reference slice + one example file, with the vocabulary. */
final class Examples {

    static final String BASE = "https://w3id.org/esf-kg/id/";

    private Examples() {
    }

    /** The page graph of {@code shapes/<name>.ttl} with base.ttl and reference.ttl. */
    static Graph page(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        ShapeValidator.loadTurtle("shapes/base.ttl", g);
        ShapeValidator.loadTurtle("shapes/reference.ttl", g);
        ShapeValidator.loadTurtle("shapes/" + name + ".ttl", g);
        return g;
    }

    static List<ValidationIssue> validate(String name) {
        return ShapeValidator.standard().validate(ShapeValidator.withVocabulary(page(name)));
    }

    /** A data IRI under the test base: {@code id("project/bad")}. */
    static Node id(String path) {
        return NodeFactory.createURI(BASE + path);
    }
}
