package se.esfkg.web.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import se.esfkg.output.Prefixes;
import se.esfkg.web.PublicIris;
import se.esfkg.web.site.Labels;

/**
 * A description arranged for a page: names instead of IRIs in the reader's language, values
 * formatted for people, links into the site. Templates only read it; nothing here is HTML.
 *
 * @param trail what the resource belongs to, outermost first (a unit's organisation, a role's project)
 * @param related relations through others (a municipality's organisations), one page of each
 */
public record ResourcePage(String iri, String title, List<Link> trail, List<Link> types, List<Row> properties,
        List<Row> incoming, List<Relation> related, List<Link> sources, int page, int pageCount, long incomingTotal) {

    /**
     * Something to show, linked when the site serves it (or it is a web address).
     *
     * @param details for a blank node, its own properties, shown in place
     * @param sources the source pages that state this value
     */
    public record Link(String text, String href, String lang, List<Row> details, List<Link> sources) {

        public Link {
            details = List.copyOf(details);
            sources = List.copyOf(sources);
        }

        public Link(String text, String href, String lang) {
            this(text, href, lang, List.of(), List.of());
        }
    }

    /** One property and its values. */
    public record Row(Link property, List<Link> values) {
    }

    /** Things related through others, under a heading of message {@code resource.related.<key>}. */
    public record Relation(String key, List<Link> members) {
    }

    private static final int DEEPEST_TRAIL = 4;

    static ResourcePage of(DatasetGraph dsg, Description d, Locale locale, PublicIris iris, ValueFormatter format) {
        Names names = new Names(dsg, locale, d.subject());
        Builder b = new Builder(d, names, new DescriptionLabels(d, locale), iris, format);
        String title = names.nameWithParent(d.subject());
        List<Link> types = new ArrayList<>();
        Map<Node, Map<Node, List<Quad>>> own = new LinkedHashMap<>();
        for (Quad q : d.about()) {
            if (!q.getSubject().equals(d.subject())) {
                continue; // blank nodes are shown inside their values; ontology terms on the reference page
            }
            if (q.getPredicate().equals(RDF.type.asNode())) {
                Link t = b.link(q.getObject(), q.getPredicate());
                if (!types.contains(t)) {
                    types.add(t);
                }
                continue;
            }
            own.computeIfAbsent(q.getPredicate(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(q.getObject(), k -> new ArrayList<>()).add(q);
        }
        Map<Node, Map<Node, List<Quad>>> in = new LinkedHashMap<>();
        for (Quad q : d.inverse()) {
            in.computeIfAbsent(q.getPredicate(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(q.getSubject(), k -> new ArrayList<>());
        }
        List<Relation> related = new ArrayList<>();
        d.related().forEach((key, members) -> related.add(new Relation(key, members.stream()
                .map(m -> b.link(m, null)).sorted(Comparator.comparing(Link::text, Labels.order())).toList())));
        List<Link> sources = d.sources().stream().map(g -> b.link(g, null)).toList();
        // With one source page the Sources list says where every fact came from; with several, each fact says.
        boolean factsNameTheirSource = d.sources().size() > 1;
        return new ResourcePage(d.subject().getURI(), title, trail(dsg, d.subject(), names, iris), types,
                b.rows(own, factsNameTheirSource), b.rows(in, false), related, sources, d.page(), d.pageCount(), d.inverseTotal());
    }

    /** What the resource belongs to, outermost first. */
    private static List<Link> trail(DatasetGraph dsg, Node subject, Names names, PublicIris iris) {
        List<Link> trail = new ArrayList<>();
        Node at = subject;
        for (int depth = 0; depth < DEEPEST_TRAIL; depth++) {
            Optional<Node> parent = names.parentOf(at);
            if (parent.isEmpty() || parent.get().equals(subject)) {
                break;
            }
            at = parent.get();
            trail.add(0, new Link(names.name(at), iris.pathOf(at.getURI()).orElse(null), null));
        }
        return trail;
    }

    /** Makes links and rows for one page. */
    private record Builder(Description d, Names names, DescriptionLabels terms, PublicIris iris,
            ValueFormatter format) {

        List<Row> rows(Map<Node, Map<Node, List<Quad>>> byProperty, boolean withSources) {
            List<Row> rows = new ArrayList<>();
            byProperty.forEach((p, values) -> {
                List<Link> links = new ArrayList<>();
                values.forEach((value, quads) -> {
                    Link l = link(value, p);
                    if (withSources) {
                        l = new Link(l.text(), l.href(), l.lang(), l.details(),
                                quads.stream().map(Quad::getGraph).distinct().map(g -> link(g, null)).toList());
                    }
                    links.add(l);
                });
                rows.add(new Row(property(p), links));
            });
            return rows;
        }

        Link property(Node p) {
            String text = terms.ofTerm(p).orElse(curie(p.getURI()));
            return new Link(text, iris.pathOf(p.getURI()).orElse(p.getURI()), null);
        }

        Link link(Node n, Node property) {
            if (n.isLiteral()) {
                String lang = n.getLiteralLanguage();
                return new Link(format.format(n, property), null, lang == null || lang.isEmpty() ? null : lang);
            }
            if (n.isBlank()) {
                // Its triples are in the description (closed over blank nodes): show them in place.
                Map<Node, Map<Node, List<Quad>>> inner = new LinkedHashMap<>();
                for (Quad q : d.about()) {
                    if (q.getSubject().equals(n)) {
                        inner.computeIfAbsent(q.getPredicate(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(q.getObject(), k -> new ArrayList<>()).add(q);
                    }
                }
                return new Link(names.name(n), null, null, rows(inner, false), List.of());
            }
            String iri = n.getURI();
            String href = iris.pathOf(iri).orElse(iri.startsWith("http") ? iri : null);
            // A class or property is named by its term label; anything else by its name, a unit's with its parent's.
            Optional<String> term = names.label(n).isPresent() ? Optional.empty() : terms.ofTerm(n);
            return new Link(term.orElseGet(() -> names.nameWithParent(n)), href, null);
        }
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
