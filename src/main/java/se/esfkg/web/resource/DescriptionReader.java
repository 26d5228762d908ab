package se.esfkg.web.resource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads a {@link Description} straight from the quad indexes (subject-first for the resource's own
 * triples, object-first for the incoming ones), inside the caller's read transaction.
 */
public final class DescriptionReader {

    /** Properties that name a thing for people, most preferred first. */
    public static final List<Node> LABEL_PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            DCTerms.title.asNode(), NodeFactory.createURI("http://schema.org/name"),
            NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"));

    private final int pageSize;

    public DescriptionReader(int pageSize) {
        this.pageSize = pageSize;
    }

    /** The description of {@code iri}, or empty when no graph says anything about it. */
    public Optional<Description> read(DatasetGraph dsg, String iri, int page) {
        Node subject = NodeFactory.createURI(iri);
        List<Quad> about = new ArrayList<>(Iter.toList(dsg.find(Node.ANY, subject, Node.ANY, Node.ANY)));
        if (about.isEmpty()) {
            return Optional.empty();
        }
        // An ontology is published with its terms (hash IRIs of it): the whole graph it names.
        if (about.stream().anyMatch(q -> q.getPredicate().equals(RDF.type.asNode()) && q.getObject().equals(OWL.Ontology.asNode()))) {
            Iter.toList(dsg.find(subject, Node.ANY, Node.ANY, Node.ANY)).stream()
                    .filter(q -> !q.getSubject().equals(subject)).forEach(about::add);
        }
        closeOverBlankNodes(dsg, about);
        about.sort(QUAD_ORDER);

        // Incoming links, paged by distinct (subject, property) so one page never splits a statement's graphs.
        Map<List<Node>, List<Quad>> incoming = new LinkedHashMap<>();
        Iter.toList(dsg.find(Node.ANY, Node.ANY, Node.ANY, subject)).stream()
                .filter(q -> !q.getSubject().equals(subject))
                .sorted(Comparator.comparing((Quad q) -> q.getPredicate().getURI())
                        .thenComparing(q -> q.getSubject().toString()).thenComparing(q -> q.getGraph().toString()))
                .forEach(q -> incoming.computeIfAbsent(List.of(q.getPredicate(), q.getSubject()), k -> new ArrayList<>()).add(q));
        int pageNo = Math.max(1, page);
        List<Quad> inverse = new ArrayList<>();
        incoming.values().stream().skip((long) (pageNo - 1) * pageSize).limit(pageSize).forEach(inverse::addAll);

        // Relations through others (a municipality's organisations, an organisation's projects), paged alike.
        Map<String, List<Node>> related = new LinkedHashMap<>();
        Set<Quad> paths = new LinkedHashSet<>();
        long longest = incoming.size();
        for (Map.Entry<String, Related.Found> e : Related.of(dsg, subject).entrySet()) {
            List<Node> ends = e.getValue().ends().stream().sorted(Comparator.comparing(Node::getURI)).toList();
            longest = Math.max(longest, ends.size());
            List<Node> onPage = ends.stream().skip((long) (pageNo - 1) * pageSize).limit(pageSize).toList();
            if (!onPage.isEmpty()) {
                related.put(e.getKey(), onPage);
                paths.addAll(e.getValue().chainsOf(onPage));
            }
        }

        Set<Node> linked = new LinkedHashSet<>();
        about.forEach(q -> {
            if (q.getObject().isURI() && !q.getSubject().equals(q.getObject())) {
                linked.add(q.getObject());
            }
        });
        inverse.forEach(q -> linked.add(q.getSubject()));
        paths.forEach(q -> {
            linked.add(q.getSubject());
            linked.add(q.getObject());
        });
        linked.removeIf(n -> !n.isURI());
        linked.remove(subject);
        List<Quad> labels = new ArrayList<>();
        for (Node n : linked) {
            for (Node p : LABEL_PROPERTIES) {
                dsg.find(Node.ANY, n, p, Node.ANY).forEachRemaining(labels::add);
            }
        }

        Set<Node> terms = new LinkedHashSet<>();
        about.forEach(q -> {
            terms.add(q.getPredicate());
            if (q.getPredicate().equals(RDF.type.asNode())) {
                terms.add(q.getObject());
            }
        });
        inverse.forEach(q -> terms.add(q.getPredicate()));
        Map<Node, List<Node>> termLabels = new HashMap<>();
        for (Node t : terms) {
            List<Node> found = new ArrayList<>();
            dsg.find(Node.ANY, t, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> found.add(q.getObject()));
            dsg.find(Node.ANY, t, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(q -> found.add(q.getObject()));
            if (!found.isEmpty()) {
                termLabels.put(t, found);
            }
        }
        return Optional.of(new Description(subject, about, inverse, List.copyOf(paths), related, labels, termLabels,
                pageNo, incoming.size(), longest, pageSize));
    }

    /**
     * Blank nodes have no address of their own, so whatever the resource's triples say through one is
     * part of its description: their triples, and theirs in turn, make the description closed.
     */
    private static void closeOverBlankNodes(DatasetGraph dsg, List<Quad> about) {
        Set<Quad> seen = new LinkedHashSet<>(about);
        ArrayDeque<Node> open = new ArrayDeque<>();
        Set<Node> visited = new HashSet<>();
        about.forEach(q -> {
            if (q.getObject().isBlank()) {
                open.add(q.getObject());
            }
        });
        while (!open.isEmpty()) {
            Node b = open.poll();
            if (!visited.add(b)) {
                continue;
            }
            dsg.find(Node.ANY, b, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (seen.add(q)) {
                    about.add(q);
                }
                if (q.getObject().isBlank()) {
                    open.add(q.getObject());
                }
            });
        }
    }

    private static final Comparator<Quad> QUAD_ORDER = Comparator.comparing((Quad q) -> q.getSubject().toString())
            .thenComparing(q -> q.getPredicate().getURI()).thenComparing(q -> q.getObject().toString())
            .thenComparing(q -> q.getGraph().toString());
}
