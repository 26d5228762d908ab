package se.esfkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
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

    public StandardGraphs(String base, MunicipalityResolver municipalities) {
        Iris iris = new Iris(base);
        concepts = load(CONCEPT_FILES);
        Map<Node, Graph> m = new LinkedHashMap<>();
        m.put(NodeFactory.createURI(Esf.ONTOLOGY), load(List.of(ONTOLOGY_FILE)));
        m.put(iris.conceptsGraph(), concepts);
        m.put(iris.referenceGraph(), new ReferenceMapper(iris).graph(municipalities.reference(), municipalities));
        graphs = Collections.unmodifiableMap(m);
    }

    @Override
    public Map<Node, Graph> graphs() {
        return graphs;
    }

    public Graph concepts() {
        return concepts;
    }

    static Graph load(List<String> resources) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String r : resources) {
            try (InputStream in = StandardGraphs.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + r);
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return g;
    }
}
