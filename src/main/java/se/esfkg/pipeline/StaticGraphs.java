package se.esfkg.pipeline;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The graphs every run publishes besides the pages: the ontology, the concept schemes and the
 * reference data (municipalities, counties, regions). Fixed size, held in memory; page graphs are
 * validated together with them.
 */
@FunctionalInterface
public interface StaticGraphs {

    /** In a stable order. */
    Map<Node, Graph> graphs();
}
