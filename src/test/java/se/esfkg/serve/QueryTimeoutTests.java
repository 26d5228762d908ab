package se.esfkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.store.StoreLoader;
import se.esfkg.testing.Fixtures;
import se.esfkg.testing.Http;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;

/** A heavy query is cut off with a clear message, and the server keeps answering. */
class QueryTimeoutTests {

    @TempDir
    Path tmp;

    @Test
    void heavyQueryIsCutOffAndTheNextQueryIsAnswered() {
        new StoreLoader(tmp.resolve("data")).load(Fixtures.seedsOut(tmp.resolve("out")));
        try (EsfServer server = Servers.start(tmp.resolve("data"), "esf.query-timeout", "1500ms")) {
            // ~700^5 solutions: hours of work, unless the timeout stops it.
            String heavy = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = Http.getQuery(server.endpoint(), heavy, "application/sparql-results+json");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).containsIgnoringCase("timed out");
            assertThat(ms).isLessThan(15_000);

            HttpResponse<String> next = Http.getQuery(server.endpoint(), "ASK { ?s ?p ?o }", "application/sparql-results+json");
            assertThat(next.statusCode()).isEqualTo(200);
            assertThat(next.body()).contains("true");
        }
    }

    @Test
    void theServedDatabaseIsGuarded() {
        new StoreLoader(tmp.resolve("data")).load(Fixtures.seedsOut(tmp.resolve("out")));
        try (EsfServer server = Servers.start(tmp.resolve("data"))) {
            HttpResponse<String> service = Http.getQuery(server.endpoint(),
                    "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "application/sparql-results+json");
            assertThat(service.statusCode()).isEqualTo(422);
            assertThat(service.body()).contains("SERVICE is not available");

            String huge = "ASK { ?s ?p \"" + "x".repeat(200_000) + "\" }";
            HttpResponse<String> big = Http.postBody(server.endpoint(), "application/sparql-query", huge,
                    "application/sparql-results+json");
            assertThat(big.statusCode()).isEqualTo(413);
        }
    }
}
