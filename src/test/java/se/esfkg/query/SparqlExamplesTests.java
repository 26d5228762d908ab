package se.esfkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;
import se.esfkg.store.StoreLoader;
import se.esfkg.testing.Http;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;

/**
 * Every file in sparql-examples/ runs over real HTTP against Fuseki on a TDB2 database of the seed
 * pages, and its CSV answer must equal src/test/resources/sparql-examples/<name>.csv (rows compared
 * in order, as every example has an ORDER BY). The CONSTRUCT example is checked as a graph.
 */
class SparqlExamplesTests {

    static final Path EXAMPLES = Path.of("sparql-examples");
    static final Path EXPECTED = Path.of("src/test/resources/sparql-examples");

    @TempDir
    static Path tmp;
    static EsfServer server;

    @BeforeAll
    static void start() {
        // The real converter on the real seed pages, as `esf-kg convert seeds -o out` runs it.
        Converter.builder().build().convert(Path.of("seeds"), tmp.resolve("out"), p -> { }, ProgressListener.NONE);
        new StoreLoader(tmp.resolve("data")).load(tmp.resolve("out"));
        server = Servers.start(tmp.resolve("data"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> selectExamples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .filter(n -> !n.equals("municipality-network.rq")).sorted().toList();
        }
    }

    @Test
    void atLeastTwelveExamplesEachWithAnEnglishAndSwedishQuestion() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".rq")).toList();
            assertThat(files).hasSizeGreaterThanOrEqualTo(12);
            for (Path f : files) {
                String text = Files.readString(f);
                assertThat(text).as(f.toString()).contains("# Q (en):").contains("# F (sv):").contains("# Answer:");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("selectExamples")
    void exampleAnswersOnTheSeeds(String name) throws IOException {
        String query = Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
        HttpResponse<String> r = Http.postForm(server.endpoint(), "query=" + Http.enc(query), "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String actual = r.body().replace("\r\n", "\n");
        Path out = Path.of("target/sparql-examples-actual", name.replace(".rq", ".csv"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual);
        Path expected = EXPECTED.resolve(name.replace(".rq", ".csv"));
        assertThat(expected).as("expected answer file").exists();
        assertThat(normalise(actual)).containsExactlyElementsOf(normalise(Files.readString(expected)));
    }

    /** GROUP_CONCAT has no order in SPARQL, so the parts of a concatenated cell are sorted. */
    static List<String> normalise(String csv) {
        return csv.strip().lines().map(line -> {
            String[] parts = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            for (int i = 0; i < parts.length; i++) {
                String cell = parts[i].replace("\"", "");
                String sep = cell.contains(" | ") ? " | " : cell.contains(", ") ? ", " : null;
                if (sep != null) {
                    parts[i] = String.join(sep, java.util.Arrays.stream(cell.split(java.util.regex.Pattern.quote(sep)))
                            .sorted().toList());
                }
            }
            return String.join(",", parts);
        }).toList();
    }

    @Test
    void municipalityNetworkIsTenLinksWeightedBySharedPartners() throws IOException {
        String query = Files.readString(EXAMPLES.resolve("municipality-network.rq"), StandardCharsets.UTF_8);
        HttpResponse<String> r = Http.getQuery(server.endpoint(), query, "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        var rows = QueryExec.graph(g).query("""
                PREFIX ex: <https://w3id.org/esf-kg/examples#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?a ?b ?w { ?l a ex:Link ; ex:source/rdfs:label ?a ; ex:target/rdfs:label ?b ; ex:weight ?w }
                """).select().materialize();
        List<String> links = new java.util.ArrayList<>();
        rows.forEachRemaining(b -> {
            // Links run from the lower municipality code to the higher; name order reads better here.
            List<String> pair = Stream.of(b.get("a"), b.get("b")).map(n -> n.getLiteralLexicalForm()).sorted().toList();
            links.add(pair.get(0) + "-" + pair.get(1) + "=" + b.get("w").getLiteralLexicalForm());
        });
        assertThat(links).hasSize(10).contains("Hässleholm-Kristianstad=4", "Lycksele-Sölvesborg=1", "Sölvesborg-Vara=1")
                .noneMatch(l -> l.contains("Mjölby"));
    }
}
