package se.esfkg.pipeline;

import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import se.esfkg.classify.ConceptData;
import se.esfkg.classify.CooperationClassifier;
import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.map.ConceptLabels;
import se.esfkg.map.Esf;
import se.esfkg.map.KohesioIds;
import se.esfkg.map.MapperOptions;
import se.esfkg.map.RdfMapper;
import se.esfkg.map.SearchableTerms;
import se.esfkg.output.Outputs;
import se.esfkg.output.RdfSyntax;
import se.esfkg.parse.Limits;
import se.esfkg.privacy.PersonalDataScan;
import se.esfkg.publish.PublishSettings;
import se.esfkg.problem.Problem;
import se.esfkg.resolve.ProjectResolver;
import se.esfkg.validate.ShapeValidator;
import se.esfkg.validate.ValidationIssue;

/**
 * The one place the pipeline is wired: the knowledge base, the resolver, classifier, mapper, shapes
 * and outputs, put together. The convert, validate and load commands and the tests all build
 * through it.
 */
public final class Converter {

    private final ConvertPipeline pipeline;
    private final StandardGraphs graphs;
    private final ShapeValidator shapes;

    private Converter(Builder b) {
        KnowledgeBase knowledge = b.knowledge == null ? KnowledgeBase.load() : b.knowledge;
        ProjectResolver resolver = b.aliases == null ? ProjectResolver.of(knowledge)
                : ProjectResolver.of(knowledge).withAliases(b.aliases);
        SearchableTerms searchable = new SearchableTerms(knowledge.ontology());
        graphs = new StandardGraphs(b.base, knowledge, resolver.municipalities(), searchable);
        RdfMapper mapper = new RdfMapper(new MapperOptions(b.base, b.includePersonalData, Version.get()),
                ConceptLabels.of(graphs.concepts()), KohesioIds.from(knowledge), searchable);
        shapes = b.shapes == null ? ShapeValidator.of(knowledge) : b.shapes;
        CooperationClassifier classifier = new CooperationClassifier(ConceptData.from(knowledge));
        ShapeValidator pageShapes = shapes.forPages();
        this.pipeline = new ConvertPipeline(resolver::resolve, classifier::classify,
                pageShapes::violations, mapper,
                b.publishStandardGraphs ? graphs : validatedAgainstOnly(graphs),
                Outputs.of(b.syntaxes), b.threads, b.limits, b.includePersonalData ? Optional.empty()
                        : Optional.of(PersonalDataScan.exempting(exemptAddresses(b))),
                b.publishStandardGraphs ? Optional.of(graphs.statistics(mapper.iris(), Version.get())) : Optional.empty());
    }

    /**
     * The address the personal-data scan lets through besides function mailboxes: the catalog's
     * contact point, which the DCAT catalog publishes as {@code dcat:contactPoint} (from the default
     * catalog settings when none are given).
     */
    private static Set<String> exemptAddresses(Builder b) {
        PublishSettings.Contact contact = b.catalogContact == null ? PublishSettings.defaults().contact() : b.catalogContact;
        return Set.of(contact.mailto().substring("mailto:".length()));
    }

    /** The standard graphs as pages are validated against them, but with nothing of theirs to publish. */
    private static StaticGraphs validatedAgainstOnly(StaticGraphs graphs) {
        return new StaticGraphs() {
            @Override
            public Map<Node, Graph> graphs() {
                return Map.of();
            }

            @Override
            public Graph validationView(Graph page) {
                return graphs.validationView(page);
            }

            @Override
            public Graph whole() {
                return graphs.whole();
            }
        };
    }

    /**
     * Checks converted output against the same graphs as convert checks each page with, and every
     * shape, including the consistency checks convert leaves to this step ({@link ShapeValidator#forPages()}).
     */
    public DatasetValidation datasetValidation() {
        return new DatasetValidation(graphs, shapes);
    }

    static List<String> violations(ShapeValidator shapes, Graph graph) {
        return shapes.validate(graph).stream().filter(ValidationIssue::isViolation)
                .map(i -> i.format(ShapeValidator.PREFIXES)).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    public ConvertSummary convert(Path input, Path output, Consumer<Problem> log, ProgressListener progress) {
        return pipeline.run(input, output, log::accept, progress);
    }

    public static final class Builder {
        private String base = Esf.DEFAULT_BASE;
        private boolean includePersonalData;
        private Path aliases;
        private ShapeValidator shapes;
        private KnowledgeBase knowledge;
        private Set<RdfSyntax> syntaxes = EnumSet.allOf(RdfSyntax.class);
        private Limits limits = Limits.DEFAULTS;
        private PublishSettings.Contact catalogContact;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean publishStandardGraphs = true;

        /** Other shapes than ontology/shapes.ttl (a stricter profile, or a test's). */
        public Builder shapes(ShapeValidator v) { shapes = v; return this; }
        public Builder base(String v) { base = v; return this; }
        /** The knowledge base to use (default: the one shipped with esf-kg, loaded at {@link #build()}). */
        public Builder knowledge(KnowledgeBase v) { knowledge = v; return this; }
        public Builder includePersonalData(boolean v) { includePersonalData = v; return this; }
        public Builder aliases(Path v) { aliases = v; return this; }
        /** How large a title, section, list, identifier or export may be (default {@link Limits#DEFAULTS}). */
        public Builder limits(Limits v) { limits = v; return this; }
        /**
         * The catalog's contact point ({@code --catalog-settings}; default: publish/catalog.properties'):
         * the personal-data scan never redacts its address, which the catalog publishes anyway.
         */
        public Builder catalogContact(PublishSettings.Contact v) { catalogContact = v; return this; }
        /**
         * Whether a run writes the ontology, concept schemes and reference data beside its pages
         * (default: yes). Pages are validated against them either way. Without them the dumps hold
         * the pages alone: for converting one page at a time (the pipeline fuzz target), where
         * writing the fixed graphs (twenty times a page's triples) would dwarf the page.
         */
        public Builder publishStandardGraphs(boolean v) { publishStandardGraphs = v; return this; }
        /** Workers converting records (default: one per core); the output is the same for any number. */
        public Builder threads(int v) {
            if (v < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + v);
            }
            threads = v;
            return this;
        }
        /** The syntaxes to write (default: every syntax in the registry). */
        public Builder syntaxes(Collection<RdfSyntax> v) {
            if (v.isEmpty()) {
                throw new IllegalArgumentException("at least one output syntax is needed");
            }
            syntaxes = EnumSet.copyOf(v);
            return this;
        }

        public Converter build() {
            return new Converter(this);
        }
    }
}
