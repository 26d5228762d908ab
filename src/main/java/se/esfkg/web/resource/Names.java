package se.esfkg.web.resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import se.esfkg.map.Esf;
import se.esfkg.map.Org;
import se.esfkg.map.Prov;
import se.esfkg.web.site.Labels;

/**
 * What a page calls a resource, read from the live data inside the page's read transaction: its own
 * label ({@link DescriptionReader#LABEL_PROPERTIES}) in the reader's language, or, for a resource that
 * has none, its type's label followed by the labels of what it links to ("Project role: Partner,
 * Arbetsförmedlingen Lycksele") — never the bare IRI.
 */
final class Names {

    /** Links that say where a resource came from rather than what it is; they do not name it. */
    private static final Set<Node> PROVENANCE = Set.of(DCTerms.source.asNode(), Prov.wasDerivedFrom, Prov.wasGeneratedBy);
    private static final int MOST_PARTS = 3;
    /** Links by which a resource belongs to another, tried in order; the first that holds names its parent. */
    private static final List<Node> UP = List.of(Org.unitOf, SKOS.inScheme.asNode());
    private static final List<Node> UP_BACKWARDS = List.of(Esf.hasSection, Esf.hasRole, Esf.hasClassification,
            Esf.hasEvidence, Esf.hasCountryEvidence, Esf.hasNoTransnationalEvidence, Esf.hasMention);

    private final DatasetGraph dsg;
    private final Node page;
    private final String language;
    private final Map<Node, String> known = new HashMap<>();

    /** {@code page}: the resource whose page is being made (null for none). */
    Names(DatasetGraph dsg, Locale locale, Node page) {
        this.dsg = dsg;
        this.page = page;
        this.language = locale.getLanguage();
    }

    /** The resource's own label in the reader's language, if it has one. */
    Optional<String> label(Node n) {
        List<Node> literals = new ArrayList<>();
        for (Node p : DescriptionReader.LABEL_PROPERTIES) {
            dsg.find(Node.ANY, n, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    literals.add(q.getObject());
                }
            });
        }
        return DescriptionLabels.best(literals, language);
    }

    /** A name for people: the label, else the type's label and the labels of what it links to. */
    String name(Node n) {
        return known.computeIfAbsent(n, this::compose);
    }

    /** A unit's name with its parent organisation's when the name alone does not say whose it is. */
    String nameWithParent(Node n) {
        String own = name(n);
        return first(n, Org.unitOf).map(parent -> Labels.withParent(own, name(parent))).orElse(own);
    }

    Optional<Node> first(Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    /** What the resource belongs to: a unit's organisation, a concept's scheme, a role's project, … */
    Optional<Node> parentOf(Node n) {
        for (Node p : UP) {
            var it = dsg.find(Node.ANY, n, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isURI()) {
                    return Optional.of(o);
                }
            }
        }
        for (Node p : UP_BACKWARDS) {
            var it = dsg.find(Node.ANY, Node.ANY, p, n);
            if (it.hasNext()) {
                return Optional.of(it.next().getSubject());
            }
        }
        return Optional.empty();
    }

    private String compose(Node n) {
        if (!n.isURI() && !n.isBlank()) {
            return n.toString();
        }
        Optional<String> own = label(n);
        if (own.isPresent()) {
            return own.get();
        }
        String type = typeLabel(n).orElse(null);
        Set<String> parts = new LinkedHashSet<>();
        dsg.find(Node.ANY, n, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            if (parts.size() < MOST_PARTS && o.isURI() && !q.getPredicate().equals(RDF.type.asNode())
                    && !PROVENANCE.contains(q.getPredicate()) && !o.equals(n)) {
                label(o).ifPresent(parts::add);
            }
        });
        // Two projects' "Classification: One way in" differ by whose they are.
        // On the parent's own page that goes without saying.
        String whose = parentOf(n).filter(p -> !p.equals(n) && !p.equals(page)).flatMap(this::label)
                .filter(l -> !parts.contains(l)).map(l -> " (" + l + ")").orElse("");
        if (type != null && !parts.isEmpty()) {
            return type + ": " + String.join(", ", parts) + whose;
        }
        if (!parts.isEmpty()) {
            return String.join(", ", parts);
        }
        String tail = n.isURI() ? lastSegment(n.getURI()) : "";
        if (type != null) {
            return tail.isEmpty() ? type : type + " " + tail;
        }
        String curie = n.isURI() ? ResourcePage.curie(n.getURI()) : "";
        // Not even a type: the vocabulary's short name, else the last part of the address, never the whole IRI.
        return !curie.equals(n.isURI() ? n.getURI() : "") ? curie : capitalised(tail.replace('-', ' ').replace('_', ' '));
    }

    /** The label of the resource's type, the site's own vocabulary first. */
    private Optional<String> typeLabel(Node n) {
        List<Node> types = new ArrayList<>();
        dsg.find(Node.ANY, n, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> types.add(q.getObject()));
        types.sort((a, b) -> Boolean.compare(!own(a), !own(b)));
        for (Node t : types) {
            List<Node> literals = new ArrayList<>();
            dsg.find(Node.ANY, t, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> literals.add(q.getObject()));
            dsg.find(Node.ANY, t, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(q -> literals.add(q.getObject()));
            literals.removeIf(l -> !l.isLiteral());
            Optional<String> found = DescriptionLabels.best(literals, language);
            if (found.isPresent()) {
                return found.map(Names::capitalised);
            }
        }
        return Optional.empty();
    }

    private static boolean own(Node type) {
        return type.isURI() && type.getURI().startsWith(Esf.NS);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String lastSegment(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }
}
