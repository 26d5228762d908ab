package se.esfkg.map;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What data scientists query for without knowing esf-kg's own terms: every typed resource is also
 * typed with the superclasses the ontology declares (a municipality is an org:FormalOrganization, a
 * project a prov:Activity and a schema:Project), and every resource named by skos:prefLabel or
 * dcterms:title also carries that name as rdfs:label, in the same language. A resource that already
 * has an rdfs:label of its own (a municipality's short name) keeps only that one.
 */
public final class SearchableTerms {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Set<Node> NAMES = Set.of(SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private final Map<Node, Set<Node>> superclasses = new HashMap<>();

    /** The superclass closure of every named class in the ontology, computed once. */
    public SearchableTerms(Graph ontology) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                direct.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
            }
        });
        for (Node c : direct.keySet()) {
            Set<Node> all = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(direct.get(c));
            while (!todo.isEmpty()) {
                Node s = todo.pop();
                if (!s.equals(c) && all.add(s)) {
                    todo.addAll(direct.getOrDefault(s, Set.of()));
                }
            }
            superclasses.put(c, Set.copyOf(all));
        }
    }

    /** The superclasses of a class, transitively; empty for a class the ontology does not subclass. */
    public Set<Node> superclassesOf(Node type) {
        return superclasses.getOrDefault(type, Set.of());
    }

    /** Adds the superclass types and rdfs:labels to a graph in place. */
    public void complete(Graph g) {
        for (Triple t : g.find(Node.ANY, TYPE, Node.ANY).toList()) {
            superclassesOf(t.getObject()).forEach(s -> g.add(t.getSubject(), TYPE, s));
        }
        for (Triple t : g.find().toList()) {
            if (NAMES.contains(t.getPredicate()) && t.getObject().isLiteral()
                    && !g.contains(t.getSubject(), LABEL, Node.ANY)) {
                labels(g, t.getSubject());
            }
        }
    }

    private static void labels(Graph g, Node subject) {
        // Prefer the preferred label; a title names what has none.
        Node from = g.contains(subject, SKOS.prefLabel.asNode(), Node.ANY) ? SKOS.prefLabel.asNode()
                : DCTerms.title.asNode();
        g.find(subject, from, Node.ANY).toList().forEach(t -> g.add(subject, LABEL, t.getObject()));
    }
}
