package se.esfkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.publish.PublishFixtures;
import se.esfkg.publish.release.Release;
import se.esfkg.publish.release.Releases;
import se.esfkg.publish.stats.CorpusScanner;
import se.esfkg.publish.stats.VoidDescription;
import se.esfkg.serve.BackgroundRelease;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;

/**
 * {@code up}'s order with a real server: the data answers SPARQL while its release is owed, the
 * catalog and VoID say "no release yet" (503) until the release is complete, and flip only when it
 * is; the release's VoID figures (from the live store) are the dump scan's.
 */
class UpReleaseOrderTests {

    @TempDir
    Path tmp;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDataAnswersFirstAndTheCatalogFlipsOnlyWhenTheReleaseIsComplete() throws Exception {
        Path out = PublishFixtures.convertedSeeds(tmp);
        // As after `up --formats nq`: no figures cached beside the dumps, so the release computes them.
        Files.deleteIfExists(out.resolve(se.esfkg.publish.stats.StatisticsFile.FILE));
        Path data = tmp.resolve("data");
        CliRun load = CliRun.of("load", out.toString(), "--data", data.toString(), "--release-later");
        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(load.out()).contains("release owed");
        Releases releases = new Releases(data);
        assertThat(releases.owed()).isTrue();
        assertThat(releases.latest()).isEmpty();

        try (EsfServer server = Servers.start(data)) {
            assertThat(projects(server)).isEqualTo("5");
            assertThat(get(server, "/catalog").statusCode()).isEqualTo(503);
            assertThat(get(server, "/catalog").headers().firstValue("Retry-After")).isPresent();
            assertThat(get(server, "/.well-known/void").statusCode()).isEqualTo(503);

            CountDownLatch prepared = new CountDownLatch(1);
            CountDownLatch publish = new CountDownLatch(1);
            StringBuilder said = new StringBuilder();
            var done = new BackgroundRelease(server.liveData(), said::append).beforeCommit(() -> {
                prepared.countDown();
                await(publish);
            }).startIfOwed();

            // Prepared in full but not yet published: SPARQL answers, the catalog still has nothing.
            assertThat(prepared.await(120, TimeUnit.SECONDS)).isTrue();
            assertThat(projects(server)).isEqualTo("5");
            assertThat(get(server, "/catalog").statusCode()).isEqualTo(503);
            assertThat(get(server, "/.well-known/void").statusCode()).isEqualTo(503);
            assertThat(releases.latest()).isEmpty();

            publish.countDown();
            Optional<Release> release = done.get(120, TimeUnit.SECONDS);
            assertThat(release).as(said.toString()).isPresent();
            assertThat(said.toString()).contains("release 1 published", "VoID figures from the store");
            assertThat(releases.owed()).isFalse();
            assertThat(get(server, "/catalog").statusCode()).isEqualTo(200);
            HttpResponse<String> voidDoc = get(server, "/.well-known/void");
            assertThat(voidDoc.statusCode()).isEqualTo(200);
            Model described = ModelFactory.createDefaultModel();
            RDFParser.fromString(voidDoc.body(), Lang.TURTLE).parse(described);
            long triples = described.listObjectsOfProperty(described.createProperty(VoidDescription.NS, "triples"))
                    .toList().stream().mapToLong(o -> o.asLiteral().getLong()).max().orElseThrow();
            assertThat(triples).isEqualTo(new CorpusScanner(PublishFixtures.BASE)
                    .scan(out.resolve("esf-kg.nq.gz")).triples());

            // Nothing is owed any more: a second start makes no release.
            assertThat(new BackgroundRelease(server.liveData(), s -> { }).startIfOwed().get(10, TimeUnit.SECONDS))
                    .isEmpty();
            assertThat(Files.isDirectory(releases.root().resolve("2"))).isFalse();
        }
    }

    private String projects(EsfServer server) throws Exception {
        String q = "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <https://w3id.org/esf-kg/ontology#Project> }";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().lines().skip(1).findFirst().orElse("").strip();
    }

    private HttpResponse<String> get(EsfServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
