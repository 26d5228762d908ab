package se.esfkg.map;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;

/**
 * Finds a fixed concept by one of its labels, so that source values such as {@code Genomförande}
 * map to concepts whose labels live in {@code ontology/concepts.ttl}, not in code.
 */
public final class ConceptLabels {

    private final Map<String, Node> byLabel = new HashMap<>();
    private final Graph graph;

    private ConceptLabels(Graph graph) {
        this.graph = graph;
        for (Node p : new Node[] {SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode()}) {
            graph.find(Node.ANY, p, Node.ANY).forEach(t -> index(t));
        }
    }

    private void index(Triple t) {
        if (!t.getObject().isLiteral()) {
            return;
        }
        graph.find(t.getSubject(), SKOS.inScheme.asNode(), Node.ANY).forEach(s ->
                byLabel.putIfAbsent(key(s.getObject().getURI(), t.getObject().getLiteralLexicalForm()), t.getSubject()));
    }

    private static String key(String schemeIri, String label) {
        return schemeIri + "|" + label.strip().toLowerCase(Locale.ROOT);
    }

    public static ConceptLabels of(Graph concepts) {
        return new ConceptLabels(concepts);
    }


    public Optional<Node> find(String scheme, String label) {
        return Optional.ofNullable(byLabel.get(key(Esf.DEF + scheme, label)));
    }

    /** A concept's preferred label in one language, if the concept schemes give one. */
    public Optional<String> prefLabel(Node concept, String language) {
        return graph.find(concept, SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject)
                .filter(o -> o.isLiteral() && language.equalsIgnoreCase(o.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm)
                .findFirst();
    }
}
