package se.esfkg.web.resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/** Picks the label of a resource in the reader's language: theirs, then Swedish, English, untagged, any. */
final class DescriptionLabels {

    private final Map<Node, List<Node>> byResource = new HashMap<>();
    private final Map<Node, List<Node>> byTerm;
    private final String language;

    DescriptionLabels(Description d, Locale locale) {
        this.language = locale.getLanguage();
        this.byTerm = d.termLabels();
        List<Quad> all = new ArrayList<>(d.labels());
        all.addAll(d.about());
        for (Node p : DescriptionReader.LABEL_PROPERTIES) {
            for (Quad q : all) {
                if (q.getPredicate().equals(p) && q.getObject().isLiteral()) {
                    byResource.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q.getObject());
                }
            }
        }
    }

    Optional<String> of(Node resource) {
        return best(byResource.get(resource));
    }

    Optional<String> ofTerm(Node term) {
        return best(byTerm.get(term));
    }

    private Optional<String> best(List<Node> literals) {
        return best(literals, language);
    }

    /** The label of {@code literals} in {@code language}, else Swedish, English, untagged, any. */
    static Optional<String> best(List<Node> literals, String language) {
        if (literals == null || literals.isEmpty()) {
            return Optional.empty();
        }
        for (String wanted : List.of(language, "sv", "en", "")) {
            for (Node l : literals) {
                if (l.getLiteralLanguage().equalsIgnoreCase(wanted)) {
                    return Optional.of(l.getLiteralLexicalForm());
                }
            }
        }
        return Optional.of(literals.get(0).getLiteralLexicalForm());
    }
}
