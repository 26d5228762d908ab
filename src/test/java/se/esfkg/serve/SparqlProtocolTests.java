package se.esfkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.esfkg.store.StoreLoader;
import se.esfkg.testing.Fixtures;
import se.esfkg.testing.Http;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;

/** The SPARQL protocol as clients see it, over real HTTP on a real TDB2 database. */
class SparqlProtocolTests {

    @TempDir
    static Path tmp;
    static EsfServer server;
    static String sparql;

    static final String TITLES = "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX esf: <https://w3id.org/esf-kg/ontology#> "
            + "SELECT ?title { ?p a esf:Project ; dcterms:title ?title } ORDER BY ?title";
    static final String CONSTRUCT = "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX esf: <https://w3id.org/esf-kg/ontology#> "
            + "CONSTRUCT { ?p dcterms:title ?t } { ?p a esf:Project ; dcterms:title ?t }";

    @BeforeAll
    static void start() {
        new StoreLoader(tmp.resolve("data")).load(Fixtures.seedsOut(tmp.resolve("out")));
        server = Servers.start(tmp.resolve("data"), "esf.row-cap", 3);
        sparql = server.endpoint();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json, \"Team work\"",
        "application/sparql-results+xml, application/sparql-results+xml, <literal xml:lang=\"sv\">Team work</literal>",
        "text/csv, text/csv, Team work",
        "text/tab-separated-values, text/tab-separated-values, \"Team work\"@sv"})
    void selectResultsInEachFormatOverGetAndPost(String accept, String type, String expected) {
        String q = TITLES + " LIMIT 3";
        for (HttpResponse<String> r : new HttpResponse[] {
            Http.getQuery(sparql, q, accept),
            Http.postForm(sparql, "query=" + Http.enc(q), accept),
            Http.postBody(sparql, "application/sparql-query", q, accept)}) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith(type));
            assertThat(r.body()).contains(expected).contains("ResursCentrum").contains("Samverkan utan gränser");
        }
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TTL", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML",
        "application/n-triples, NTRIPLES"})
    void constructInEachRdfFormat(String accept, String lang) {
        HttpResponse<String> r = Http.getQuery(sparql, CONSTRUCT + " LIMIT 3", accept);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        var g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), langOf(lang)).parse(g);
        assertThat(g.size()).isEqualTo(3);
    }

    @Test
    void describeAsTurtle() {
        HttpResponse<String> r = Http.getQuery(sparql,
                "DESCRIBE <https://w3id.org/esf-kg/id/project/visioncenter-2008>", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Visioncenter");
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TTL" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        };
    }

    @Test
    void graphStoreProtocolReadsANamedGraph() {
        String g = Fixtures.sourceGraph("004_ed19341546b216d7");
        HttpResponse<String> r = Http.get(server.datasetUrl() + "/data?graph=" + Http.enc(g), "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Visioncenter").doesNotContain("ResursCentrum");
    }

    @Test
    void serviceDescriptionOnGetWithoutQuery() {
        HttpResponse<String> r = Http.get(sparql, "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("sd:Service").contains("sd:endpoint <" + sparql + ">");
    }

    @Test
    void resultRowsAreCappedAndTheResponseSaysSo() {
        HttpResponse<String> r = Http.getQuery(sparql, TITLES, "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().strip().split("\r?\n")).hasSize(1 + 3);
        assertThat(r.headers().firstValue(SparqlEndpoint.ROW_CAP_HEADER)).hasValue("3");
        HttpResponse<String> small = Http.getQuery(sparql, TITLES + " LIMIT 2", "text/csv");
        assertThat(small.headers().firstValue(SparqlEndpoint.ROW_CAP_HEADER)).isEmpty();
    }

    @Test
    void corsHeadersForBrowserClients() {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + Http.enc("ASK {}")))
                .header("Origin", "https://yasgui.example").header("Accept", "application/sparql-results+json").GET().build());
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        HttpResponse<String> pre = Http.send(HttpRequest.newBuilder(URI.create(sparql))
                .header("Origin", "https://yasgui.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(5)).build());
        assertThat(pre.statusCode()).isLessThan(300);
        assertThat(pre.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        assertThat(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
    }

    @Test
    void updatesAreRefusedAndDataStaysTheSame() {
        String count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        String before = Http.getQuery(sparql, count, "text/csv").body();
        String update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
        String base = server.datasetUrl();
        java.util.List<Integer> codes = java.util.List.of(
            Http.postBody(base + "/update", "application/sparql-update", update, "*/*").statusCode(),
            Http.postForm(base + "/update", "update=" + Http.enc(update), "*/*").statusCode(),
            Http.postBody(sparql, "application/sparql-update", update, "*/*").statusCode(),
            Http.postForm(sparql, "update=" + Http.enc(update), "*/*").statusCode(),
            Http.postBody(base, "application/sparql-update", update, "*/*").statusCode(),
            Http.postBody(base + "/data?graph=urn:x", "application/n-triples", "<urn:a> <urn:b> <urn:c> .", "*/*").statusCode(),
            Http.send(HttpRequest.newBuilder(URI.create(base + "/data?graph=" + Http.enc(Fixtures.sourceGraph("004_ed19341546b216d7"))))
                    .DELETE().build()).statusCode());
        assertThat(codes).allSatisfy(c -> assertThat(c).isBetween(400, 499));
        assertThat(Http.getQuery(sparql, count, "text/csv").body()).isEqualTo(before);
    }
}
