package se.esfkg.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.esfkg.generate.CorpusGenerator;
import se.esfkg.generate.GeneratorData;
import se.esfkg.map.Esf;
import se.esfkg.pipeline.ConvertSummary;
import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;
import se.esfkg.testing.Knowledge;

/**
 * The statistics graph answers exactly what the join over the pages answers. Each example that reads
 * it is run beside its join-based form (src/test/resources/derive/joins/, the examples as they were
 * before the graph existed) over the union of every graph of a converted corpus: generated pages,
 * whose partners recur across many municipalities and some of which merge into one project, plus
 * the seeds.
 */
class CorpusStatisticsTests {

    static final Path JOINS = Path.of("src/test/resources/derive/joins");

    @TempDir
    static Path tmp;
    static DatasetGraph union;
    static DatasetGraph dataset;

    @BeforeAll
    static void convert() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        new CorpusGenerator(GeneratorData.fromClasspath(), CorpusGenerator.Mix.standard(), 60)
                .generate(150, 7, in.resolve("generated"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, in.resolve(seed.getFileName()));
            }
        }
        ConvertSummary summary = Converter.builder().knowledge(Knowledge.SHIPPED).threads(2).build()
                .convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);
        assertThat(summary.converted()).isGreaterThan(100);
        dataset = RDFDataMgr.loadDatasetGraph(tmp.resolve("out/esf-kg.nq.gz").toString());
        union = DatasetGraphFactory.wrap(dataset.getUnionGraph());
    }

    @ParameterizedTest
    @ValueSource(strings = {"budget-by-county", "budget-by-nuts2-region", "municipalities-sharing-partners",
            "municipalities-sharing-partners-strict", "partners-most-municipalities",
            "projects-per-programme-area-and-phase"})
    void theExampleAnswersAsItsJoinOverThePages(String name) throws IOException {
        List<String> fromStatistics = rows(Files.readString(Path.of("sparql-examples", name + ".rq")));
        List<String> fromPages = rows(Files.readString(JOINS.resolve(name + ".rq")));
        assertThat(fromStatistics).isNotEmpty().isEqualTo(fromPages);
    }

    @Test
    void theNetworkIsTheSameGraph() throws IOException {
        Graph fromStatistics = construct(Files.readString(Path.of("sparql-examples/municipality-network.rq")));
        Graph fromPages = construct(Files.readString(JOINS.resolve("municipality-network.rq")));
        assertThat(fromStatistics.size()).isGreaterThan(100);
        assertThat(IsoMatcher.isomorphic(fromStatistics, fromPages)).isTrue();
    }

    @Test
    void theGraphIsGeneratedByTheConversionOfEveryPageAndSplitIntoSmallGraphs() {
        List<Node> graphs = org.apache.jena.atlas.iterator.Iter.toList(dataset.listGraphNodes());
        Node statistics = graphs.stream().filter(g -> g.getURI().endsWith("/graph/statistics")).findFirst().orElseThrow();
        List<Node> pages = graphs.stream().filter(g -> g.getURI().contains("/source/")).toList();
        List<Node> conversion = dataset.getGraph(statistics).find(statistics, se.esfkg.map.Prov.wasGeneratedBy, Node.ANY)
                .mapWith(org.apache.jena.graph.Triple::getObject).toList();
        assertThat(conversion).hasSize(1);
        assertThat(pages).hasSizeGreaterThan(100).allSatisfy(page -> assertThat(dataset.getGraph(page)
                .contains(page, se.esfkg.map.Prov.wasGeneratedBy, conversion.get(0))).as(page.toString()).isTrue());
        // Provenance is stated once: no triple of the statistics graph names a page.
        assertThat(dataset.getGraph(statistics).find().toList())
                .noneMatch(t -> t.getObject().isURI() && t.getObject().getURI().contains("/source/"));
        // What grows with the corpus lies elsewhere: each pair in the graph of its lower municipality,
        // each partner's reach in the graph of its bucket.
        dataset.getUnionGraph().find(Node.ANY, Esf.pairMember, Node.ANY).forEachRemaining(t -> {
            String code = t.getSubject().getURI().replaceAll(".*/municipality-pair/([0-9]{4})-[0-9]{4}$", "$1");
            Node pairs = org.apache.jena.graph.NodeFactory.createURI(statistics.getURI() + "/pairs/" + code);
            assertThat(dataset.getGraph(pairs).contains(t)).as(t.toString()).isTrue();
        });
        List<org.apache.jena.graph.Triple> reach = dataset.getUnionGraph().find(Node.ANY, Esf.partnerMunicipality, Node.ANY).toList();
        assertThat(reach).isNotEmpty().allSatisfy(t -> {
            Node bucket = org.apache.jena.graph.NodeFactory.createURI(statistics.getURI() + "/partners/"
                    + String.format(java.util.Locale.ROOT, "%02d", Math.floorMod(t.getSubject().getURI().hashCode(), 64)));
            assertThat(dataset.getGraph(bucket).contains(t)).as(t.toString()).isTrue();
            assertThat(dataset.getGraph(statistics).contains(t)).isFalse();
        });
    }

    /**
     * Rows as text, whole answer compared without LIMIT (ties at the cut are in no defined order),
     * sorted, and each concatenated cell's parts sorted (GROUP_CONCAT has no order).
     */
    private static List<String> rows(String query) {
        String unlimited = query.replaceAll("LIMIT \\d+", "");
        List<String> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(union).query(unlimited).build()) {
            RowSet rs = exec.select();
            List<org.apache.jena.sparql.core.Var> vars = rs.getResultVars();
            rs.forEachRemaining(b -> rows.add(vars.stream().map(v -> cell(b.get(v))).collect(Collectors.joining(","))));
        }
        rows.sort(null);
        return rows;
    }

    private static String cell(Node n) {
        if (n == null) {
            return "";
        }
        // Numbers by value: a sum of one amount keeps that amount's lexical form in memory
        // ("3805362"), while TDB2, which the endpoint serves, stores decimals in canonical form ("3805362.0").
        if (n.isLiteral() && NodeValue.makeNode(n).isDecimal()) {
            return NodeValue.makeNode(n).getDecimal().stripTrailingZeros().toPlainString();
        }
        String text = n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        for (String sep : List.of(" | ", ", ")) {
            if (text.contains(sep)) {
                return Arrays.stream(text.split(java.util.regex.Pattern.quote(sep))).sorted()
                        .collect(Collectors.joining(sep));
            }
        }
        return text;
    }

    private static Graph construct(String query) {
        try (QueryExec exec = QueryExec.dataset(union).query(query).build()) {
            return exec.construct();
        }
    }
}
