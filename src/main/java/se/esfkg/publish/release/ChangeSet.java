package se.esfkg.publish.release;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The quads added and removed between two releases, counted per named graph (graph IRI to
 * {added, removed}); the files hold the quads themselves.
 */
public record ChangeSet(int from, int to, long added, long removed, SortedMap<String, long[]> perGraph) {

    public static final String RDF_PATCH = "changes.rdfp.gz";
    public static final String ADDED = "changes-added.nq.gz";
    public static final String REMOVED = "changes-removed.nq.gz";
    public static final String COUNTS = "changes.tsv";

    public ChangeSet {
        TreeMap<String, long[]> copy = new TreeMap<>();
        perGraph.forEach((g, c) -> copy.put(g, c.clone()));
        perGraph = copy;
    }

    public boolean isEmpty() {
        return added == 0 && removed == 0;
    }

    public long addedTo(String graph) {
        return perGraph.getOrDefault(graph, new long[2])[0];
    }

    public long removedFrom(String graph) {
        return perGraph.getOrDefault(graph, new long[2])[1];
    }

    /** One line per changed graph: graph IRI, quads added, quads removed (tab-separated, with a header). */
    public String countsTable() {
        StringBuilder b = new StringBuilder("graph\tadded\tremoved\n");
        for (Map.Entry<String, long[]> e : perGraph.entrySet()) {
            b.append(e.getKey()).append('\t').append(e.getValue()[0]).append('\t').append(e.getValue()[1]).append('\n');
        }
        return b.toString();
    }
}
