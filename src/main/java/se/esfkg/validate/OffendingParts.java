package se.esfkg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

/**
 * The shapes' safety net applied to one page: what a shape rejects is taken out of the page's graph,
 * the smallest part that carries it, and the rest of the page stays. A wrong value goes with its
 * triple; a part that is wrong as a whole (a section, an evidence node) goes with every triple about
 * it or pointing to it. Only what cannot be taken out without losing the page's subject (a required
 * property of the page's own root missing) is left for the caller to reject.
 */
public final class OffendingParts {

    /** How many times the page is validated again after parts were removed (removing may orphan others). */
    private static final int ROUNDS = 4;

    /** What was removed, and what could not be. */
    public record Outcome(List<ValidationIssue> dropped, List<ValidationIssue> remaining) {
    }

    private OffendingParts() {
    }

    /**
     * Removes from {@code graph} what {@code validate} reports, round by round, never any triple
     * whose subject is one of {@code roots} unless the issue names that triple's value.
     */
    public static Outcome drop(Graph graph, Set<Node> roots, Function<Graph, List<ValidationIssue>> validate,
            PrefixMapping prefixes) {
        List<ValidationIssue> dropped = new ArrayList<>();
        List<ValidationIssue> issues = validate.apply(graph);
        for (int round = 0; round < ROUNDS && !issues.isEmpty(); round++) {
            List<ValidationIssue> kept = new ArrayList<>();
            for (ValidationIssue issue : issues) {
                if (remove(graph, roots, issue, prefixes)) {
                    dropped.add(issue);
                } else {
                    kept.add(issue);
                }
            }
            if (kept.size() == issues.size()) {
                return new Outcome(dropped, kept);
            }
            issues = validate.apply(graph);
        }
        return new Outcome(dropped, issues);
    }

    private static boolean remove(Graph graph, Set<Node> roots, ValidationIssue issue, PrefixMapping prefixes) {
        Node focus = issue.focusNode();
        Node property = simpleProperty(issue.path(), prefixes);
        if (property != null && issue.value() != null) {
            Triple t = Triple.create(focus, property, issue.value());
            if (graph.contains(t)) {
                graph.delete(t);
                return true;
            }
        }
        if (focus == null || roots.contains(focus) || !graph.contains(focus, Node.ANY, Node.ANY)) {
            return false;
        }
        graph.remove(focus, Node.ANY, Node.ANY);
        graph.remove(Node.ANY, Node.ANY, focus);
        return true;
    }

    /** The property of a one-step forward path ({@code esf:order}, {@code <http://…>}); null otherwise. */
    private static Node simpleProperty(String path, PrefixMapping prefixes) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String p = path.strip();
        if (p.startsWith("<") && p.endsWith(">") && p.indexOf('>') == p.length() - 1) {
            return NodeFactory.createURI(p.substring(1, p.length() - 1));
        }
        if (!p.matches("[A-Za-z][\\w.-]*:[\\w.-]+")) {
            return null;
        }
        String expanded = prefixes.expandPrefix(p);
        return expanded.equals(p) ? null : NodeFactory.createURI(expanded);
    }
}
