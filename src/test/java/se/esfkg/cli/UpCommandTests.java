package se.esfkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.output.RdfSyntax;

/**
 * {@code up}, the README's first command, in its own JVM as a user runs it: convert the seeds, load
 * them, serve; then the headline question is asked over HTTP.
 */
class UpCommandTests {

    private static final Duration HANG_GUARD = Duration.ofSeconds(180);

    @TempDir
    Path tmp;

    @Test
    void convertsLoadsAndServesTheSeedsWithTheChosenSyntaxesOnly() throws Exception {
        Path out = tmp.resolve("out");
        Path data = tmp.resolve("data");
        Process up = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EsfKg.class.getName(),
                "up", "seeds", "-o", out.toString(), "--data", data.toString(), "--port", "0",
                "--formats", "nq,ttl")
                .redirectErrorStream(true).start();
        try {
            String endpoint = awaitEndpoint(up);

            List<String> expected = Files.readAllLines(
                    Path.of("src/test/resources/sparql-examples/municipalities-sharing-partners.csv"));
            String query = Files.readString(Path.of("sparql-examples/municipalities-sharing-partners.rq"));
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Accept", "text/csv")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            List<String> rows = answer.body().lines().toList();
            assertThat(rows.get(0)).isEqualTo(expected.get(0));
            assertThat(rows).hasSameSizeAs(expected);

            assertThat(out.resolve(RdfSyntax.NQUADS.fileName())).isRegularFile();
            assertThat(out.resolve(RdfSyntax.TURTLE.fileName())).isRegularFile();
            assertThat(out.resolve(RdfSyntax.RDFXML.fileName())).as("a syntax left out of --formats").doesNotExist();
            assertThat(data.resolve("CURRENT")).isRegularFile();

            // The release follows in the server's background; the catalog appears when it is complete.
            long deadline = System.nanoTime() + HANG_GUARD.toNanos();
            while (!Files.isRegularFile(data.resolve("releases/1/release.properties"))
                    || Files.exists(data.resolve("releases/release-owed"))) {
                assertThat(System.nanoTime()).as("up's server made no release").isLessThan(deadline);
                Thread.sleep(200);
            }
            HttpResponse<String> catalog = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(endpoint).resolve("/catalog")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(catalog.statusCode()).isEqualTo(200);
            assertThat(data.resolve("releases/1/void.ttl")).content().contains("void:triples");
        } finally {
            up.destroy();
            if (!up.waitFor(30, TimeUnit.SECONDS)) {
                up.destroyForcibly();
            }
        }
    }

    /** Reads the child's output up to the line naming the SPARQL endpoint. */
    private static String awaitEndpoint(Process up) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + HANG_GUARD.toNanos();
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null && !line.startsWith("SPARQL endpoint:")) {
            seen.append(line).append('\n');
            assertThat(System.nanoTime()).as("up did not start serving; its output:\n" + seen).isLessThan(deadline);
        }
        assertThat(line).as("up ended before it served; its output:\n" + seen).isNotNull();
        // Keep draining so the child never blocks on a full pipe.
        Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "up-output");
        drain.setDaemon(true);
        drain.start();
        return line.substring("SPARQL endpoint:".length()).trim();
    }
}
