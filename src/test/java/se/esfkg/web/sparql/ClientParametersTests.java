package se.esfkg.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.testing.SeedData;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;

/**
 * What data scientists' clients send, over real HTTP: every {@code format=}/{@code output=}/
 * {@code results=} value SPARQLWrapper uses, the row-cap header readable from a browser, and the
 * service description named by the public URL behind a proxy.
 */
class ClientParametersTests {

    static final String SELECT = "SELECT ?p WHERE { ?p a <https://w3id.org/esf-kg/ontology#Project> }";
    static final String CONSTRUCT = "CONSTRUCT { ?p a ?t } WHERE { ?p a <https://w3id.org/esf-kg/ontology#Project> ; a ?t }";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;
    static EsfServer server;

    @BeforeAll
    static void start() {
        server = Servers.start(SeedData.loadedInto(tmp.resolve("data")), "esf.row-cap", 3,
                "esf.trusted-proxies", "127.0.0.1, ::1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String query, String parameters, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8) + parameters));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "format, json, SELECT, application/sparql-results+json",
        "format, xml, SELECT, application/sparql-results+xml",
        "format, csv, SELECT, text/csv",
        "format, tsv, SELECT, text/tab-separated-values",
        "format, rdf+xml, CONSTRUCT, application/rdf+xml",
        "output, rdf+xml, CONSTRUCT, application/rdf+xml",
        "results, rdf+xml, CONSTRUCT, application/rdf+xml",
        "format, turtle, CONSTRUCT, text/turtle",
        "format, n3, CONSTRUCT, text/turtle",
        "format, json-ld, CONSTRUCT, application/ld+json",
        "format, n-triples, CONSTRUCT, application/n-triples",
        "format, xml, CONSTRUCT, application/rdf+xml"})
    void everyFormatValueAClientSendsIsAnswered(String parameter, String value, String kind, String mediaType) {
        HttpResponse<String> r = get(kind.equals("SELECT") ? SELECT : CONSTRUCT,
                "&" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8), "Accept", "*/*");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
    }

    @Test
    void theRowCapIsSaidAndReadableFromABrowser() {
        HttpResponse<String> r = get(SELECT, "", "Accept", "text/csv", "Origin", "https://yasgui.example.org");
        assertThat(r.body().lines()).hasSize(1 + 3);
        assertThat(r.headers().firstValue("X-ESF-Row-Cap")).contains("3");
        assertThat(r.headers().firstValue("Access-Control-Expose-Headers"))
                .hasValueSatisfying(h -> assertThat(h).contains("X-ESF-Row-Cap"));
    }

    @Test
    void theServiceDescriptionIsAnIriAndFollowsTheProxy() throws Exception {
        HttpRequest plain = HttpRequest.newBuilder(URI.create(server.endpoint())).header("Accept", "text/turtle").build();
        assertThat(HTTP.send(plain, HttpResponse.BodyHandlers.ofString()).body())
                .contains("<" + server.endpoint() + "> a sd:Service");
        HttpRequest proxied = HttpRequest.newBuilder(URI.create(server.endpoint())).header("Accept", "text/turtle")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "data.example.org").build();
        assertThat(HTTP.send(proxied, HttpResponse.BodyHandlers.ofString()).body())
                .contains("<https://data.example.org/esf/sparql> a sd:Service")
                .contains("sd:endpoint <https://data.example.org/esf/sparql>");
    }
}
