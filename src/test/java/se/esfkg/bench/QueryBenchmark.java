package se.esfkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import se.esfkg.web.EsfServer;

/**
 * Benchmark, not a test: every {@code sparql-examples/*.rq} over HTTP against the application's
 * endpoint and against a bare Fuseki serving the same live dataset in the same JVM, with p50 and
 * p95 latency and their ratio. The data folder must hold a loaded database (see
 * docs/benchmarks.md for the whole command).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) se.esfkg.bench.QueryBenchmark DATA [RUNS]
 * </pre>
 */
public final class QueryBenchmark {

    private QueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Path> examples;
        try (var s = Files.list(Path.of("sparql-examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        HttpClient http = HttpClient.newHttpClient();
        try (EsfServer app = EsfServer.start(Map.of("server.port", 0, "esf.data", data.toAbsolutePath(),
                "logging.level.root", "WARN"))) {
            FusekiServer bare = FusekiServer.create().port(0).add("/bare", app.liveData().dataset()).build().start();
            try {
                String appUrl = app.endpoint();
                // Fuseki's own timeout parameter, the application's 30 s, so that neither side runs longer.
                String bareUrl = "http://localhost:" + bare.getHttpPort() + "/bare/sparql?timeout=30";
                System.out.println("| query | app p50 ms | app p95 ms | bare p50 ms | bare p95 ms | p95 ratio | rows |");
                System.out.println("|---|---|---|---|---|---|---|");
                for (Path rq : examples) {
                    String query = Files.readString(rq);
                    // The application's timeout first: a query that exceeds it is reported, not run on
                    // the bare server, which has no timeout.
                    Result first = time(http, appUrl, query);
                    if (first.status != 200) {
                        System.out.printf(Locale.ROOT, "| %s | %d after %.1f s | | | | | |%n", rq.getFileName(),
                                first.status, first.micros / 1e6);
                        continue;
                    }
                    // Warm both sides: plans, caches and the JIT, so the runs compare steady states.
                    for (int i = 0; i < 3; i++) {
                        time(http, appUrl, query);
                        time(http, bareUrl, query);
                    }
                    long[] a = new long[runs];
                    long[] b = new long[runs];
                    int rows = 0;
                    for (int i = 0; i < runs; i++) {
                        // Alternate so both see the same machine load.
                        Result r = time(http, appUrl, query);
                        a[i] = r.micros;
                        rows = r.lines;
                        b[i] = time(http, bareUrl, query).micros;
                    }
                    System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %d |%n",
                            rq.getFileName(), pct(a, 50), pct(a, 95), pct(b, 50), pct(b, 95),
                            pct(a, 95) / Math.max(0.001, pct(b, 95)), rows);
                }
            } finally {
                bare.stop();
            }
        }
    }

    private record Result(int status, long micros, int lines) {
    }

    private static Result time(HttpClient http, String endpoint, String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - t0) / 1000;
        return new Result(res.statusCode(), micros, (int) res.body().lines().count() - 1);
    }

    private static double pct(long[] micros, int p) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1000.0;
    }
}
