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
import org.apache.jena.query.QueryFactory;
import se.esfkg.web.EsfServer;

/**
 * Benchmark, not a test: every {@code sparql-examples/*.rq} over HTTP against the application's
 * endpoint and against a bare Fuseki serving the same live dataset in the same JVM, with p50 and
 * p95 latency and their ratio. The data folder must hold a loaded database (see
 * docs/benchmarks.md for the whole command).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) se.esfkg.bench.QueryBenchmark DATA [RUNS] [NAME...]
 * </pre>
 *
 * NAME picks some examples by file name (without {@code .rq}); default: all. An example whose first
 * answer takes over 2 s runs 5 times instead of RUNS. Each row also gives the
 * answer's rows (after the application's row cap, marked "capped") and the load average when the
 * example finished, since the machine is shared.
 */
public final class QueryBenchmark {

    private static final long SLOW_MICROS = 2_000_000;
    private static final int SLOW_RUNS = 5;

    private QueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> picked = Arrays.asList(args).subList(Math.min(2, args.length), args.length);
        List<Path> examples;
        try (var s = Files.list(Path.of("sparql-examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".rq"))
                    .filter(p -> picked.isEmpty() || picked.contains(p.getFileName().toString().replace(".rq", "")))
                    .sorted().toList();
        }
        System.out.printf(Locale.ROOT, "%s, Java %s, %d cores, %d runs each, load average at start %s%n",
                java.time.LocalDate.now(), Runtime.version(), Runtime.getRuntime().availableProcessors(), runs, loadAverage());
        HttpClient http = HttpClient.newHttpClient();
        // Production logging (access and query log lines included), start-up messages left out.
        try (EsfServer app = EsfServer.start(Map.of("server.port", 0, "esf.data", data.toAbsolutePath(),
                "logging.config", BenchServers.PRODUCTION_LOGGING, "logging.level.root", "WARN"))) {
            FusekiServer bare = BareFuseki.start(0, app.liveData().dataset());
            try {
                String appUrl = app.endpoint();
                // Fuseki's own timeout parameter, the application's 30 s, so that neither side runs longer.
                String bareUrl = "http://localhost:" + bare.getHttpPort() + "/bare/sparql?timeout=30";
                System.out.println("| query | runs | app p50 ms | app p95 ms | bare p50 ms | bare p95 ms | p95 ratio | rows | load |");
                System.out.println("|---|---|---|---|---|---|---|---|---|");
                for (Path rq : examples) {
                    String query = Files.readString(rq);
                    // The application's timeout first: a query that exceeds it is reported, not run on
                    // the bare server, which has no timeout.
                    Result first = time(http, appUrl, query);
                    if (first.status != 200) {
                        System.out.printf(Locale.ROOT, "| %s | 1 | %d after %.1f s | | | | | | %s |%n", rq.getFileName(),
                                first.status, first.micros / 1e6, loadAverage());
                        continue;
                    }
                    // The same question on both sides: where the application capped the answer, the bare
                    // server is asked with the same LIMIT (as EsfQueryService adds it), not for every row.
                    String bareQuery = first.rowCap() > 0 ? capped(query, first.rowCap()) : query;
                    // Warm both sides: plans, caches and the JIT, so the runs compare steady states.
                    for (int i = 0; i < (first.micros > SLOW_MICROS ? 1 : 3); i++) {
                        time(http, appUrl, query);
                        time(http, bareUrl, bareQuery);
                    }
                    // A slow example gets fewer runs (its p95 is then its slowest run), so one benchmark
                    // of every example stays within minutes on a shared machine.
                    int n = first.micros > SLOW_MICROS ? Math.min(runs, SLOW_RUNS) : runs;
                    long[] a = new long[n];
                    long[] b = new long[n];
                    String rows = "";
                    for (int i = 0; i < n; i++) {
                        // Alternate so both see the same machine load.
                        Result r = time(http, appUrl, query);
                        a[i] = r.micros;
                        rows = r.lines + (r.capped ? " (capped)" : "");
                        b[i] = time(http, bareUrl, bareQuery).micros;
                    }
                    System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %s | %s |%n",
                            rq.getFileName(), n, pct(a, 50), pct(a, 95), pct(b, 50), pct(b, 95),
                            pct(a, 95) / Math.max(0.001, pct(b, 95)), rows, loadAverage());
                }
            } finally {
                bare.stop();
            }
        }
    }

    /** {@code rowCap}: the application's cap on this query's rows ({@code X-ESF-Row-Cap}), or 0. */
    private record Result(int status, long micros, int lines, boolean capped, long rowCap) {
    }

    private static String capped(String query, long cap) {
        org.apache.jena.query.Query q = QueryFactory.create(query);
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= cap)) {
            return query;
        }
        q.setLimit(cap);
        return q.serialize();
    }

    /** The 1-minute load average, or "?" where /proc is missing. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static Result time(HttpClient http, String endpoint, String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                // Triples have no CSV form: a CONSTRUCT or DESCRIBE asks for N-Triples (a line a triple).
                .header("Accept", QueryFactory.create(query).isSelectType() ? "text/csv" : "application/n-triples")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - t0) / 1000;
        int rows = (int) res.body().lines().count() - 1;
        // The application adds its cap to every query without a smaller LIMIT; the answer was cut only
        // when it reached the cap.
        long rowCap = res.headers().firstValue("X-ESF-Row-Cap").map(Long::parseLong).orElse(0L);
        boolean capped = rowCap > 0 && rows >= rowCap;
        return new Result(res.statusCode(), micros, rows, capped, rowCap);
    }

    private static double pct(long[] micros, int p) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1000.0;
    }
}
