package se.esfkg.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.derive.CorpusStatistics;
import se.esfkg.map.Esf;
import se.esfkg.map.Iris;
import se.esfkg.map.ReferenceMapper;
import se.esfkg.map.SearchableTerms;
import se.esfkg.resolve.MunicipalityResolver;

/**
 * The graphs published beside the pages: the knowledge base's ontology and concept schemes, and
 * the reference data below a given base.
 */
public final class StandardGraphs implements StaticGraphs {

    private final Map<Node, Graph> graphs;
    private final Graph concepts;
    private final Graph ontology;
    private final List<Graph> sliceable;
    private final Slices slices;
    private final Graph classHierarchy;
    private final Graph reference;
    private final SearchableTerms searchable;

    public StandardGraphs(String base, KnowledgeBase knowledge, MunicipalityResolver municipalities,
            SearchableTerms searchable) {
        Iris iris = new Iris(base);
        concepts = knowledge.concepts();
        Map<Node, Graph> m = new LinkedHashMap<>();
        ontology = knowledge.ontology();
        this.searchable = searchable;
        reference = new ReferenceMapper(iris).graph(municipalities.reference(), municipalities);
        searchable.complete(reference);
        m.put(NodeFactory.createURI(Esf.ONTOLOGY), ontology);
        m.put(iris.conceptsGraph(), concepts);
        m.put(iris.referenceGraph(), reference);
        graphs = Collections.unmodifiableMap(m);
        sliceable = List.of(concepts, reference, ontology);
        slices = new Slices(sliceable);
        classHierarchy = GraphFactory.createDefaultGraph();
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(classHierarchy::add);
    }

    @Override
    public Map<Node, Graph> graphs() {
        return graphs;
    }

    public Graph concepts() {
        return concepts;
    }

    /** The corpus statistics over the pages of a run, with the names and places of these graphs. */
    public CorpusStatistics statistics(Iris iris, String version) {
        return new CorpusStatistics(iris, iris.conversion(version), reference, concepts, searchable);
    }

    /**
     * The page, the ontology's class hierarchy (for sh:class through rdfs:subClassOf), and of the
     * ontology, concept and reference graphs only the resources the page names plus those they name
     * in turn. Validating against all 290 municipalities for every page would make the shapes
     * re-check the reference data each time (measured: ~0.5 s a page instead of ~0.05 s), and
     * copying the whole ontology into every page's view cost a sixth of its validation.
     */
    @Override
    public Graph validationView(Graph page) {
        Set<Node> named = new HashSet<>();
        page.find().forEachRemaining(t -> {
            named.add(t.getSubject());
            named.add(t.getObject());
        });
        // One in-memory graph, not a union of three: the shapes' many small finds then cost one hash
        // lookup each (measured: 2.0 → 1.6 ms a page on generated pages, copy included).
        Graph view = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(view, page);
        GraphUtil.addInto(view, classHierarchy);
        for (Node n : named) {
            for (Triple t : slices.of(n)) {
                view.add(t);
            }
        }
        return view;
    }

    /** The ontology, concept and reference graphs in one graph, for their own resources' validation. */
    @Override
    public Graph whole() {
        Graph whole = GraphFactory.createDefaultGraph();
        sliceable.forEach(g -> GraphUtil.addInto(whole, g));
        return whole;
    }

    /**
     * What of the ontology, concept and reference graphs a resource brings into a page's view: the
     * triples about it and the triples about what they name. The same for every page, so each
     * resource's slice is found once and kept; only resources of these fixed graphs have one, so what
     * is kept does not grow with the pages.
     */
    private static final class Slices {
        private static final Triple[] NONE = new Triple[0];

        private final List<Graph> graphs;
        private final Map<Node, Triple[]> bySubject = new ConcurrentHashMap<>();

        Slices(List<Graph> graphs) {
            this.graphs = graphs;
        }

        Triple[] of(Node n) {
            if (!n.isURI() || graphs.stream().noneMatch(g -> g.contains(n, Node.ANY, Node.ANY))) {
                return NONE;
            }
            return bySubject.computeIfAbsent(n, this::find);
        }

        private Triple[] find(Node n) {
            Set<Triple> slice = new LinkedHashSet<>();
            List<Node> named = new ArrayList<>();
            for (Graph g : graphs) {
                g.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    if (slice.add(t)) {
                        named.add(t.getObject());
                    }
                });
            }
            for (Node o : named) {
                if (o.isURI()) {
                    for (Graph g : graphs) {
                        g.find(o, Node.ANY, Node.ANY).forEachRemaining(slice::add);
                    }
                }
            }
            return slice.toArray(NONE);
        }
    }
}
