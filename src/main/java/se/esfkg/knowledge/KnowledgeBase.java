package se.esfkg.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * Everything esf-kg knows before it reads a page, loaded once and handed to each stage through its
 * constructor: the reference tables (municipalities, counties, NUTS-2 regions), the resolution
 * tables (organisations and aliases, rule words), the programme table, the ontology, the SKOS
 * concept schemes and the SHACL shapes. Immutable; share one per process. {@link #load()} reads the
 * files shipped with esf-kg; a test builds a small one with {@link #builder()}.
 */
public final class KnowledgeBase {

    /** The ontology file, published as its own graph. */
    public static final String ONTOLOGY_FILE = "ontology/esf.ttl";
    /** The SKOS concept schemes, published together as the concepts graph. */
    public static final List<String> CONCEPT_FILES = List.of("ontology/concepts.ttl",
            "ontology/cooperation-models.ttl", "ontology/target-groups.ttl", "ontology/countries.ttl");
    public static final String SHAPES_FILE = "ontology/shapes.ttl";

    /** Every data table, by the name the stages ask for (its class-path location). */
    public static final List<String> TABLE_FILES = List.of(
            "reference/nuts2.csv", "reference/counties.csv", "reference/municipalities.csv",
            "resolve/organisations.csv", "resolve/county-aliases.csv", "resolve/department-words.csv",
            "resolve/email-domains.csv", "resolve/mention-blockers.csv", "resolve/mention-common-words.csv",
            "resolve/municipality-aliases.csv", "resolve/municipality-formal-names.csv",
            "resolve/organisation-kinds.csv", "resolve/region-aliases.csv", "resolve/abbreviations.csv",
            "resolve/area-codes.csv", "resolve/region-domains.csv", "reference/public_bodies.csv",
            "reference/postal_to_municipality.csv",
            "map/programmes.csv");

    private final Map<String, Table> tables;
    private final Graph ontology;
    private final Graph concepts;
    private final Graph shapes;
    private final Graph vocabulary;

    private KnowledgeBase(Builder b) {
        this.tables = Map.copyOf(b.tables);
        this.ontology = new GraphReadOnly(b.ontology);
        this.concepts = new GraphReadOnly(b.concepts);
        this.shapes = new GraphReadOnly(b.shapes);
        MultiUnion union = new MultiUnion(new Graph[] {b.ontology, b.concepts});
        this.vocabulary = new GraphReadOnly(union);
    }

    /** Reads the tables, ontology, concept schemes and shapes shipped with esf-kg. */
    public static KnowledgeBase load() {
        Builder b = builder();
        TABLE_FILES.forEach(name -> b.table(Table.fromClasspath(name)));
        CONCEPT_FILES.forEach(f -> b.concepts(f, open(f)));
        return b.ontology(ONTOLOGY_FILE, open(ONTOLOGY_FILE)).shapes(SHAPES_FILE, open(SHAPES_FILE)).build();
    }

    private static InputStream open(String resource) {
        InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + resource);
        }
        return in;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A table by name, e.g. {@code reference/municipalities.csv}. */
    public Table table(String name) {
        Table t = tables.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no table " + name + " in the knowledge base");
        }
        return t;
    }

    public Graph ontology() {
        return ontology;
    }

    /** Every SKOS concept scheme of {@link #CONCEPT_FILES}, countries included. */
    public Graph concepts() {
        return concepts;
    }

    public Graph shapes() {
        return shapes;
    }

    /** The ontology and the concept schemes together, read-only: what the shapes' sh:class checks need. */
    public Graph vocabulary() {
        return vocabulary;
    }

    /** Collects tables and Turtle files; a table not given is empty, a graph not given is empty. */
    public static final class Builder {
        private final Map<String, Table> tables = new LinkedHashMap<>();
        private final Graph ontology = GraphFactory.createDefaultGraph();
        private final Graph concepts = GraphFactory.createDefaultGraph();
        private final Graph shapes = GraphFactory.createDefaultGraph();

        private Builder() {
            TABLE_FILES.forEach(name -> tables.put(name, new Table(name, List.of())));
        }

        public Builder table(Table t) {
            tables.put(t.name(), t);
            return this;
        }

        /** A table written in place: {@code table("resolve/region-aliases.csv", "alias,id\n…")}. */
        public Builder table(String name, String csv) {
            return table(Table.of(name, csv));
        }

        public Builder ontology(String name, InputStream turtle) {
            return turtle(name, turtle, ontology);
        }

        public Builder concepts(String name, InputStream turtle) {
            return turtle(name, turtle, concepts);
        }

        public Builder shapes(String name, InputStream turtle) {
            return turtle(name, turtle, shapes);
        }

        /**
         * Blank nodes (owl:unionOf lists, shapes) are labelled in parse order, so that every run
         * writes them alike.
         */
        private Builder turtle(String name, InputStream turtle, Graph into) {
            try (InputStream in = turtle) {
                RDFParser.source(in).lang(Lang.TURTLE).labelToNode(LabelToNode.createIncremental()).parse(into);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
            return this;
        }

        public KnowledgeBase build() {
            return new KnowledgeBase(this);
        }
    }
}
