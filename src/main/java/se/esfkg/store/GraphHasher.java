package se.esfkg.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.out.NodeFmtLib;
import se.esfkg.output.GraphFingerprint;
import se.esfkg.output.NTriplesTerms;

/**
 * A sink that fingerprints each named graph. The converter writes the quads of one graph
 * contiguously, so only the current graph is buffered (sorted, so the hash does not depend on the
 * writer's order); a graph that shows up again later, or a default-graph triple, is an error
 * because the store's contract is "every quad in a named graph".
 */
final class GraphHasher extends StreamRDFBase {

    /** Told about each graph once it is complete, with its sorted N-Quads lines. */
    @FunctionalInterface
    interface GraphListener {
        void graph(String graph, GraphManifest.Entry entry, Collection<String> sortedLines);
    }

    private final GraphListener listener;

    GraphHasher() {
        this((g, e, l) -> {
        });
    }

    GraphHasher(GraphListener listener) {
        this.listener = listener;
    }

    private final Map<String, GraphManifest.Entry> done = new TreeMap<>();
    private final Set<String> seen = new HashSet<>();
    private Node currentGraph;
    private TreeSet<String> lines = new TreeSet<>();

    @Override
    public void triple(Triple triple) {
        throw new StoreException("a triple outside any named graph: " + NodeFmtLib.str(triple));
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (g == null || quad.isDefaultGraph()) {
            throw new StoreException("a quad outside any named graph: " + NodeFmtLib.strNQ(quad));
        }
        if (!g.equals(currentGraph)) {
            flush();
            if (!seen.add(g.getURI())) {
                throw new StoreException("graph <" + g.getURI()
                        + "> appears in two separate runs of the input; the quads of a graph must be contiguous");
            }
            currentGraph = g;
        }
        lines.add(NTriplesTerms.quad(quad));
    }

    @Override
    public void finish() {
        flush();
    }

    GraphManifest manifest() {
        return new GraphManifest(done);
    }

    private void flush() {
        if (currentGraph == null) {
            return;
        }
        GraphManifest.Entry entry = new GraphManifest.Entry(sha256(lines), lines.size());
        done.put(currentGraph.getURI(), entry);
        listener.graph(currentGraph.getURI(), entry, lines);
        currentGraph = null;
        lines = new TreeSet<>();
    }

    /** The fingerprint of a graph's sorted, distinct lines, as the dump's graph index also writes it. */
    static String sha256(Iterable<String> sortedLines) {
        return GraphFingerprint.sha256(sortedLines);
    }
}
