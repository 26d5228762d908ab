package se.esfkg.web.resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import se.esfkg.output.Prefixes;
import se.esfkg.web.PublicIris;

/**
 * A description arranged for a page: labels instead of IRIs in the reader's language, values
 * formatted for people, links into the site. Templates only read it; nothing here is HTML.
 */
public record ResourcePage(String iri, String title, List<Link> types, List<Row> properties, List<Row> incoming,
        List<Link> sources, int page, int pageCount, long incomingTotal) {

    /** Something to show, linked when the site serves it (or it is a web address). */
    public record Link(String text, String href, String lang) {
    }

    /** One property and its values. */
    public record Row(Link property, List<Link> values) {
    }

    static ResourcePage of(Description d, Locale locale, PublicIris iris, ValueFormatter format) {
        Labels labels = new Labels(d, locale);
        String title = labels.of(d.subject()).orElse(d.subject().getURI());
        List<Link> types = new ArrayList<>();
        Map<Node, List<Link>> own = new LinkedHashMap<>();
        for (Quad q : d.about()) {
            if (!q.getSubject().equals(d.subject())) {
                continue; // ontology terms; the ontology reference page lists them
            }
            if (q.getPredicate().equals(RDF.type.asNode())) {
                Link t = link(q.getObject(), labels, iris, format, q.getPredicate());
                if (!types.contains(t)) {
                    types.add(t);
                }
                continue;
            }
            List<Link> values = own.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>());
            Link v = link(q.getObject(), labels, iris, format, q.getPredicate());
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        Map<Node, List<Link>> in = new LinkedHashMap<>();
        for (Quad q : d.inverse()) {
            List<Link> values = in.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>());
            Link v = link(q.getSubject(), labels, iris, format, q.getPredicate());
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        List<Link> sources = d.sources().stream().map(g -> link(g, labels, iris, format, null)).toList();
        return new ResourcePage(d.subject().getURI(), title, types, rows(own, labels, iris), rows(in, labels, iris),
                sources, d.page(), d.pageCount(), d.inverseTotal());
    }

    private static List<Row> rows(Map<Node, List<Link>> byProperty, Labels labels, PublicIris iris) {
        List<Row> rows = new ArrayList<>();
        byProperty.forEach((p, values) -> rows.add(new Row(new Link(labels.ofTerm(p).orElse(curie(p.getURI())),
                iris.pathOf(p.getURI()).orElse(p.getURI()), null), values)));
        return rows;
    }

    private static Link link(Node n, Labels labels, PublicIris iris, ValueFormatter format, Node property) {
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            return new Link(format.format(n, property), null, lang == null || lang.isEmpty() ? null : lang);
        }
        if (n.isURI()) {
            String iri = n.getURI();
            Optional<String> text = labels.of(n).or(() -> labels.ofTerm(n));
            String href = iris.pathOf(iri).orElse(iri.startsWith("http") ? iri : null);
            return new Link(text.orElse(curie(iri)), href, null);
        }
        return new Link(n.toString(), null, null);
    }

    /** {@code esf:Project} for IRIs in a well-known namespace, the IRI otherwise. */
    static String curie(String iri) {
        for (Map.Entry<String, String> e : Prefixes.standard().entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        return iri;
    }
}
