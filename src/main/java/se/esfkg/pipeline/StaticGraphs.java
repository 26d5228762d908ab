package se.esfkg.pipeline;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;

/**
 * The graphs every run publishes besides the pages: the ontology, the concept schemes and the
 * reference data (municipalities, counties, regions). Fixed size, held in memory; page graphs are
 * validated together with them.
 */
@FunctionalInterface
public interface StaticGraphs {

    /** In a stable order. */
    Map<Node, Graph> graphs();

    /** What a page is validated as: the page with whatever of these graphs its shapes need. */
    default Graph validationView(Graph page) {
        MultiUnion union = new MultiUnion(new Graph[] {page});
        graphs().values().forEach(union::addGraph);
        return union;
    }

    /**
     * These graphs as one, as their own resources are validated: once a run, whole. A page's view
     * holds only the slices its shapes need, so a page checks only the nodes it names itself.
     */
    default Graph whole() {
        return validationView(Graph.emptyGraph);
    }
}
