package se.esfkg.query.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.testing.Http;

/**
 * Queries stay inside their limits, over real HTTP against a real Fuseki on TDB2. Each request has
 * a hang guard of {@link #HANG_GUARD}: without the guards, the heavy queries here run for hours.
 */
class QueryGuardTests {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String JSON = "application/sparql-results+json";
    private static final Node G = NodeFactory.createURI("urn:test:graph");
    private static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");
    /** 3,000 a's and no b: {@code (.*a){12}b} tries every way to split them into twelve runs. */
    private static final String LONG = "a".repeat(3000);

    @TempDir
    static Path tmp;
    static GuardedFuseki server;

    @BeforeAll
    static void start() {
        server = new GuardedFuseki(tmp.resolve("db"), QueryLimits.defaults(),
                quad("urn:test:long", TITLE, NodeFactory.createLiteralString(LONG)),
                quad("urn:test:short", TITLE, NodeFactory.createLiteralLang("Samverkan i Malmö", "sv")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Quad quad(String s, Node p, Node o) {
        return Quad.create(G, NodeFactory.createURI(s), p, o);
    }

    static HttpResponse<String> query(String endpoint, String sparql) {
        return send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + Http.enc(sparql)))
                .header("Accept", JSON).timeout(HANG_GUARD).GET().build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("no answer within the hang guard: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void backtrackingRegexIsStoppedByItsStepBudget() {
        // The default timeout (30 s) is far away: the step budget stops it.
        HttpResponse<String> r = query(server.endpoint(),
                "ASK { ?s <http://purl.org/dc/terms/title> ?t FILTER(REGEX(?t, \"(.*a){12}b\")) }");
        assertThat(r.statusCode()).isEqualTo(503);
    }

    @Test
    void backtrackingReplaceAndXPathFunctionsAreBoundedToo() {
        HttpResponse<String> replace = query(server.endpoint(),
                "SELECT ?x { ?s <http://purl.org/dc/terms/title> ?t BIND(REPLACE(?t, \"(.*a){12}b\", \"x\") AS ?x) }");
        assertThat(replace.statusCode()).isEqualTo(503);

        HttpResponse<String> matches = query(server.endpoint(),
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                        + "ASK { ?s ?p ?t FILTER(fn:matches(?t, \"(.*a){12}b\")) }");
        assertThat(matches.statusCode()).isEqualTo(503);
    }

    @Test
    void backtrackingRegexStopsAtTheTimeoutWhateverItsBudget(@TempDir Path dir) {
        QueryLimits limits = QueryLimits.defaults().withTimeout(Duration.ofSeconds(1)).withRegexSteps(Long.MAX_VALUE);
        try (GuardedFuseki slow = new GuardedFuseki(dir, limits,
                quad("urn:test:long", TITLE, NodeFactory.createLiteralString(LONG)))) {
            HttpResponse<String> r = query(slow.endpoint(),
                    "ASK { ?s ?p ?t FILTER(REGEX(?t, \"(.*a){12}b\")) }");
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).containsIgnoringCase("timed out");

            HttpResponse<String> next = query(slow.endpoint(), "ASK { ?s ?p ?o }");
            assertThat(next.statusCode()).isEqualTo(200);
            assertThat(next.body()).contains("true");
        }
    }

    @Test
    void ordinaryRegexAndReplaceGiveTheStandardAnswers() {
        HttpResponse<String> r = query(server.endpoint(),
                "SELECT ?s ?x { ?s <http://purl.org/dc/terms/title> ?t FILTER(REGEX(?t, \"^samverkan\", \"i\")) "
                        + "BIND(REPLACE(?t, \"Malmö\", \"Lund\") AS ?x) }");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("urn:test:short").doesNotContain("urn:test:long")
                .contains("\"Samverkan i Lund\"").contains("\"xml:lang\": \"sv\"");
    }

    @Test
    void fullTextSearchStillWorks() {
        HttpResponse<String> r = query(server.endpoint(),
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"samverkan\" }");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("urn:test:short");
    }

    @Test
    void sleepingAndClassLoadingFunctionsAreNotOffered() {
        HttpResponse<String> r = query(server.endpoint(),
                "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT ?wait ?java ?name { "
                        + "BIND(afn:wait(1) AS ?wait) "
                        + "BIND(<java:org.apache.jena.sparql.function.library.wait>(1) AS ?java) "
                        + "BIND(afn:localname(<http://example.org/a#b>) AS ?name) }");
        assertThat(r.statusCode()).isEqualTo(200);
        // Unknown functions are evaluation errors in SPARQL: their variables stay unbound.
        assertThat(r.body()).doesNotContain("\"wait\" :").doesNotContain("\"java\" :")
                .doesNotContain("\"wait\":").doesNotContain("\"java\":").contains("\"b\"");
    }

    @Test
    void serviceIsOffAndFetchesNothing() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        target.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        target.start();
        try {
            String url = "http://127.0.0.1:" + target.getAddress().getPort() + "/internal";
            HttpResponse<String> r = query(server.endpoint(), "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }");
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).contains("SERVICE").contains(url);
            HttpResponse<String> bound = query(server.endpoint(),
                    "SELECT * { BIND(<" + url + "> AS ?e) SERVICE ?e { ?s ?p ?o } }");
            assertThat(bound.statusCode()).isEqualTo(422);
            assertThat(hits.get()).isZero();
        } finally {
            target.stop(0);
        }
    }

    @Test
    void serviceReachesAnEndpointOnTheAllowList(@TempDir Path dir) {
        QueryLimits limits = QueryLimits.defaults().withServiceAllowList(Set.of(server.endpoint()));
        try (GuardedFuseki federating = new GuardedFuseki(dir, limits)) {
            HttpResponse<String> allowed = query(federating.endpoint(),
                    "SELECT ?s { SERVICE <" + server.endpoint() + "> { ?s ?p \"Samverkan i Malmö\"@sv } }");
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.body()).contains("urn:test:short");

            HttpResponse<String> other = query(federating.endpoint(),
                    "SELECT ?s { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
            assertThat(other.statusCode()).isEqualTo(422);
            assertThat(other.body()).contains("allow-list");
        }
    }

    @Test
    void anOversizedQueryIsRefusedBeforeParsing(@TempDir Path dir) {
        QueryLimits limits = QueryLimits.defaults().withMaxQueryBytes(1_000);
        try (GuardedFuseki small = new GuardedFuseki(dir, limits)) {
            // Not even valid SPARQL: a parser would answer 400, the size check answers first.
            String big = "SELECT * { " + "?s ?p ?o . ".repeat(200);
            assertThat(query(small.endpoint(), big).statusCode()).isEqualTo(413);

            HttpRequest form = HttpRequest.newBuilder(URI.create(small.endpoint())).timeout(HANG_GUARD)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + Http.enc(big))).build();
            assertThat(send(form).statusCode()).isEqualTo(413);

            // A body of unknown length (chunked) is counted as it is read.
            HttpRequest chunked = HttpRequest.newBuilder(URI.create(small.endpoint())).timeout(HANG_GUARD)
                    .header("Content-Type", "application/sparql-query").header("Accept", JSON)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
            HttpResponse<String> r = send(chunked);
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).contains("1000 bytes");

            String ok = "ASK { ?s ?p ?o }";
            HttpRequest okChunkedForm = HttpRequest.newBuilder(URI.create(small.endpoint())).timeout(HANG_GUARD)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", JSON)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                            ("query=" + Http.enc(ok)).getBytes(StandardCharsets.UTF_8)))).build();
            HttpResponse<String> answered = send(okChunkedForm);
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).contains("false");
        }
    }

    @Test
    void aPropertyPathClosureStopsAtTheTimeout(@TempDir Path dir) {
        // One connected chain of 3,000 nodes: from one start node, the path below walks all of it for
        // every node it reaches (9 million steps), inside one closure ARQ computes in one go.
        int n = 3000;
        Node next = NodeFactory.createURI("urn:test:next");
        Quad[] chain = new Quad[n];
        for (int i = 0; i < n; i++) {
            chain[i] = Quad.create(G, NodeFactory.createURI("urn:test:n" + i), next,
                    NodeFactory.createURI("urn:test:n" + ((i + 1) % n)));
        }
        QueryLimits limits = QueryLimits.defaults().withTimeout(Duration.ofSeconds(1));
        try (GuardedFuseki paths = new GuardedFuseki(dir, limits, chain)) {
            HttpResponse<String> r = query(paths.endpoint(),
                    "SELECT (COUNT(*) AS ?c) { <urn:test:n0> ((<urn:test:next>|^<urn:test:next>)*/(<urn:test:next>|^<urn:test:next>)*)* ?x }");
            assertThat(r.statusCode()).isEqualTo(503);
        }
    }
}
