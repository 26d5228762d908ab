package se.esfkg.web.resource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import se.esfkg.map.Esf;
import se.esfkg.web.PublicIris;

/**
 * The evidence to show on a page: for a project, that of each classification, partner country and
 * "no transnational work"; for a classification, its own; for an evidence resource, itself.
 */
final class EvidenceReader {

    private final PublicIris iris;

    EvidenceReader(PublicIris iris) {
        this.iris = iris;
    }

    List<EvidenceItem> read(DatasetGraph dsg, Node subject, Locale locale) {
        Set<Node[]> found = new LinkedHashSet<>(); // {evidence, concept}
        if (has(dsg, subject, RDF.type.asNode(), Esf.Evidence)) {
            found.add(new Node[] {subject, conceptOf(dsg, subject, null)});
        }
        for (Node c : objects(dsg, subject, Esf.hasClassification)) {
            addClassification(dsg, c, found);
        }
        if (has(dsg, subject, RDF.type.asNode(), Esf.Classification)) {
            addClassification(dsg, subject, found);
        }
        for (Node e : objects(dsg, subject, Esf.hasCountryEvidence)) {
            found.add(new Node[] {e, conceptOf(dsg, e, null)});
        }
        for (Node e : objects(dsg, subject, Esf.hasNoTransnationalEvidence)) {
            found.add(new Node[] {e, null});
        }
        List<EvidenceItem> items = new ArrayList<>();
        for (Node[] pair : found) {
            Node e = pair[0];
            Optional<Node> quote = first(dsg, e, Esf.quote);
            if (quote.isEmpty() || !quote.get().isLiteral()) {
                continue;
            }
            String phrase = first(dsg, e, Esf.matchedPhrase).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
            String[] parts = EvidenceItem.split(quote.get().getLiteralLexicalForm(), phrase);
            String lang = quote.get().getLiteralLanguage();
            Node section = first(dsg, e, Esf.inSection).orElse(null);
            items.add(new EvidenceItem(pair[1] == null ? null : link(dsg, pair[1], locale), parts[0], parts[1], parts[2],
                    lang == null || lang.isEmpty() ? null : lang, section == null ? null : link(dsg, section, locale),
                    link(dsg, e, locale)));
        }
        return items;
    }

    private static void addClassification(DatasetGraph dsg, Node classification, Set<Node[]> found) {
        Node concept = first(dsg, classification, Esf.concept).orElse(null);
        for (Node e : objects(dsg, classification, Esf.hasEvidence)) {
            found.add(new Node[] {e, concept});
        }
    }

    private static Node conceptOf(DatasetGraph dsg, Node evidence, Node fallback) {
        return first(dsg, evidence, Esf.country).or(() -> {
            // An evidence resource of a classification: the classification names the concept.
            return Iter.toList(dsg.find(Node.ANY, Node.ANY, Esf.hasEvidence, evidence)).stream().findFirst()
                    .flatMap(q -> first(dsg, q.getSubject(), Esf.concept));
        }).orElse(fallback);
    }

    private ResourcePage.Link link(DatasetGraph dsg, Node n, Locale locale) {
        return new ResourcePage.Link(new Names(dsg, locale, null).nameWithParent(n), iris.pathOf(n.getURI()).orElse(n.getURI()), null);
    }

    private static boolean has(DatasetGraph dsg, Node s, Node p, Node o) {
        return dsg.find(Node.ANY, s, p, o).hasNext();
    }

    private static List<Node> objects(DatasetGraph dsg, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return List.copyOf(out);
    }

    private static Optional<Node> first(DatasetGraph dsg, Node s, Node p) {
        return Iter.toList(dsg.find(Node.ANY, s, p, Node.ANY)).stream().map(Quad::getObject).findFirst();
    }
}
