package se.esfkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.compose.MultiUnion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.graph.GraphFactory;
import se.esfkg.map.Esf;
import se.esfkg.map.Iris;
import se.esfkg.map.ReferenceMapper;
import se.esfkg.resolve.MunicipalityResolver;

/**
 * The graphs published beside the pages, read from the classpath: the ontology, the concept
 * schemes and the reference data below a given base.
 */
public final class StandardGraphs implements StaticGraphs {

    /** The published vocabulary files: the ontology, then the concept schemes. */
    public static final String ONTOLOGY_FILE = "ontology/esf.ttl";
    public static final List<String> CONCEPT_FILES = List.of("ontology/concepts.ttl",
            "ontology/cooperation-models.ttl", "ontology/target-groups.ttl", "ontology/countries.ttl");

    private final Map<Node, Graph> graphs;
    private final Graph concepts;
    private final Graph ontology;
    private final List<Graph> sliceable;

    public StandardGraphs(String base, MunicipalityResolver municipalities) {
        Iris iris = new Iris(base);
        concepts = load(CONCEPT_FILES);
        Map<Node, Graph> m = new LinkedHashMap<>();
        ontology = load(List.of(ONTOLOGY_FILE));
        Graph reference = new ReferenceMapper(iris).graph(municipalities.reference(), municipalities);
        m.put(NodeFactory.createURI(Esf.ONTOLOGY), ontology);
        m.put(iris.conceptsGraph(), concepts);
        m.put(iris.referenceGraph(), reference);
        graphs = Collections.unmodifiableMap(m);
        sliceable = List.of(concepts, reference);
    }

    @Override
    public Map<Node, Graph> graphs() {
        return graphs;
    }

    public Graph concepts() {
        return concepts;
    }

    /**
     * The page, the ontology (for sh:class through rdfs:subClassOf), and of the concept and
     * reference graphs only the resources the page names plus those they name in turn. Validating
     * against all 290 municipalities for every page would make the shapes re-check the reference
     * data each time (measured: ~0.5 s a page instead of ~0.05 s).
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
        MultiUnion union = new MultiUnion(new Graph[] {page, ontology, slice});
        return union;
    }

    static Graph load(List<String> resources) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String r : resources) {
            try (InputStream in = StandardGraphs.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + r);
                }
                // Blank nodes (owl:unionOf lists) are labelled in parse order so every run writes them alike.
                RDFParser.source(in).lang(Lang.TURTLE).labelToNode(LabelToNode.createIncremental()).parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return g;
    }
}
