package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.generate.CorpusGenerator;
import se.esfkg.generate.GeneratorData;
import se.esfkg.map.Esf;
import se.esfkg.map.SearchableTerms;
import se.esfkg.output.RdfSyntax;
import se.esfkg.resolve.ProjectResolver;
import se.esfkg.testing.Knowledge;
import se.esfkg.validate.ShapeValidator;
import se.esfkg.validate.ValidationIssue;

/**
 * A page is validated only at the nodes its own triples name ({@link ConvertPipeline#namedIn}); the
 * fixed graphs' resources are validated once a run, whole. Over real pages (the seeds, the layout
 * examples, generated pages with the generator's malformations), the hostile values of the dump
 * tests, and hundreds of damaged copies of those pages (a triple deleted, a value replaced by an
 * ill-typed literal or by a fixed graph's resource of another kind, a type added), the violations
 * found are exactly those that validating every focus node of the page's view finds.
 */
class PageFocusTests {

    @TempDir
    static Path tmp;

    static final ShapeValidator PAGE_SHAPES = ShapeValidator.of(Knowledge.SHIPPED).forPages();
    static StandardGraphs fixed;
    static List<Graph> pages;

    @BeforeAll
    static void convert() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.toList()) {
                Files.copy(s, in.resolve(s.getFileName()));
            }
        }
        Files.copy(Path.of("src/test/resources/layouts/b/format-b-example.txt"), in.resolve("page-b.txt"));
        Files.copy(Path.of("src/test/resources/layouts/c/format-c-example.txt"), in.resolve("page-c.txt"));
        Files.copy(Path.of("src/test/resources/layouts/d/export-example.csv"), in.resolve("export.csv"));
        new CorpusGenerator(GeneratorData.fromClasspath(), CorpusGenerator.Mix.standard(), 60)
                .generate(40, 5, in.resolve("generated"));
        Converter.builder().knowledge(Knowledge.SHIPPED).syntaxes(List.of(RdfSyntax.NQUADS)).build()
                .convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);
        DatasetGraph dump = RDFDataMgr.loadDatasetGraph(tmp.resolve("out").resolve(RdfSyntax.NQUADS.fileName()).toString());
        DatasetGraph hostile = RDFDataMgr.loadDatasetGraph("src/test/resources/dump/hostile-values.trig");
        pages = new ArrayList<>();
        Stream.of(dump, hostile).forEach(d -> d.listGraphNodes().forEachRemaining(name -> {
            Graph g = d.getGraph(name);
            if (d == hostile || g.contains(Node.ANY, RDF.type.asNode(), Esf.Project)) {
                Graph copy = GraphFactory.createDefaultGraph();
                g.find().forEachRemaining(copy::add);
                pages.add(copy);
            }
        }));
        ProjectResolver resolver = ProjectResolver.of(Knowledge.SHIPPED);
        fixed = new StandardGraphs(Esf.DEFAULT_BASE, Knowledge.SHIPPED, resolver.municipalities(),
                new SearchableTerms(Knowledge.SHIPPED.ontology()));
    }

    @Test
    void thePagesAreManyAndOfEveryKind() {
        assertThat(pages).hasSizeGreaterThan(40);
    }

    @Test
    void theFixedGraphsConformWhole() {
        assertThat(PAGE_SHAPES.violations(fixed.whole(), n -> true)).isEmpty();
    }

    @Test
    void aPageFindsTheSameViolationsAtItsOwnNodesAsAtEveryNode() {
        for (Graph page : pages) {
            assertSameViolations(page);
        }
    }

    @Test
    void aDamagedPageFindsTheSameViolationsAtItsOwnNodesAsAtEveryNode() {
        Random random = new Random(11);
        List<Node> fixedResources = fixed.whole().find().mapWith(Triple::getSubject).filterKeep(Node::isURI).toSet()
                .stream().sorted(java.util.Comparator.comparing(Node::getURI)).toList();
        List<Node> classes = fixed.whole().find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject)
                .toSet().stream().sorted(java.util.Comparator.comparing(Node::toString)).toList();
        int withViolations = 0;
        for (Graph page : pages) {
            List<Triple> triples = page.find().toList().stream()
                    .sorted(java.util.Comparator.comparing(Triple::toString)).toList();
            if (triples.isEmpty()) {
                continue;
            }
            for (int i = 0; i < 12; i++) {
                Graph damaged = GraphFactory.createDefaultGraph();
                triples.forEach(damaged::add);
                for (int hits = 1 + random.nextInt(3); hits > 0; hits--) {
                    Triple t = triples.get(random.nextInt(triples.size()));
                    damaged.delete(t);
                    Node replacement = switch (random.nextInt(5)) {
                        case 0 -> null;
                        case 1 -> NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
                        case 2 -> NodeFactory.createLiteralLang("ett värde", "sv");
                        case 3 -> fixedResources.get(random.nextInt(fixedResources.size()));
                        default -> {
                            damaged.add(Triple.create(fixedResources.get(random.nextInt(fixedResources.size())),
                                    RDF.type.asNode(), classes.get(random.nextInt(classes.size()))));
                            yield t.getObject();
                        }
                    };
                    if (replacement != null) {
                        damaged.add(Triple.create(t.getSubject(), t.getPredicate(), replacement));
                    }
                }
                if (assertSameViolations(damaged)) {
                    withViolations++;
                }
            }
        }
        // The damage is real: many copies violate the shapes.
        assertThat(withViolations).isGreaterThan(pages.size() * 3);
    }

    private static boolean assertSameViolations(Graph page) {
        Graph view = fixed.validationView(page);
        List<ValidationIssue> everyNode = PAGE_SHAPES.violations(view);
        assertThat(PAGE_SHAPES.violations(view, ConvertPipeline.namedIn(page))).as("%s", page)
                .isEqualTo(everyNode);
        return !everyNode.isEmpty();
    }
}
