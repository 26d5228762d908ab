package se.esfkg.pipeline;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
        Graph slice = GraphFactory.createDefaultGraph();
        Set<Node> named = new HashSet<>();
        page.find().forEachRemaining(t -> {
            named.add(t.getSubject());
            named.add(t.getObject());
        });
        Set<Node> frontier = named;
        for (int hop = 0; hop < 2; hop++) {
            Set<Node> next = new HashSet<>();
            for (Node n : frontier) {
                if (!n.isURI()) {
                    continue;
                }
                for (Graph g : sliceable) {
                    g.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                        if (!slice.contains(t)) {
                            slice.add(t);
                            next.add(t.getObject());
                        }
                    });
                }
            }
            frontier = next;
        }
        // One in-memory graph, not a union of three: the shapes' many small finds then cost one hash
        // lookup each (measured: 2.0 → 1.6 ms a page on generated pages, copy included).
        Graph view = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(view, page);
        GraphUtil.addInto(view, classHierarchy);
        GraphUtil.addInto(view, slice);
        return view;
    }
}
