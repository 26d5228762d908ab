package se.esfkg.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;

/**
 * Load benchmark, not a test: converts the five seed pages, multiplies their page graphs into N
 * synthetic pages (fresh project and source IRIs, shared organisations and reference data), and
 * times a full load, an unchanged re-run and a one-page patch. Appends a row per N to
 * docs/benchmarks.md. Run (see docs/store.md):
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) se.esfkg.store.LoadBenchmark 1000 5000
 * </pre>
 */
public final class LoadBenchmark {

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("esf-bench");
        Converter.builder().build().convert(Path.of("seeds"), work.resolve("seeds-out"), p -> { }, ProgressListener.NONE);
        Map<String, List<String>> graphs = readGraphs(work.resolve("seeds-out/esf-kg.nq.gz"));
        List<String> rows = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"1000"} : args) {
            int n = Integer.parseInt(a);
            Path out = work.resolve("out-" + n);
            long quads = writeSynthetic(graphs, n, out.resolve("esf-kg.nq.gz"), -1);
            // Jena's own parallel loader on the same file, as tdb2.tdbloader --loader=parallel runs it.
            long bare = bareJenaParallelLoad(out.resolve("esf-kg.nq.gz"), work.resolve("bare-" + n));
            Path data = work.resolve("data-" + n);
            LoadReport full = new StoreLoader(data).load(out);
            LoadReport same = new StoreLoader(data).load(out);
            Path changed = work.resolve("changed-" + n);
            writeSynthetic(graphs, n, changed.resolve("esf-kg.nq.gz"), n / 2);
            LoadReport patch = new StoreLoader(data).load(changed);
            long size = du(data.resolve(full.database().getFileName()));
            String row = String.format(java.util.Locale.ROOT,
                    "| %d | %,d | %,d ms | %,.0f | %,d ms | %,.0f | %.2f | %,d ms | %,d ms (%d graph) | %,d | %,d MB |",
                    n, quads, full.millis(), quads * 1000.0 / Math.max(1, full.millis()), bare,
                    quads * 1000.0 / Math.max(1, bare), (double) bare / Math.max(1, full.millis()), same.millis(),
                    patch.millis(), patch.loaded().size(), full.textEntries(), size / (1024 * 1024));
            System.out.println(row);
            rows.add(row);
            DataDir.deleteTree(work.resolve("bare-" + n));
            DataDir.deleteTree(data);
        }
        Path md = Path.of("docs/benchmarks.md");
        StringBuilder sb = new StringBuilder(Files.exists(md) ? Files.readString(md) : "");
        String heading = "## Load against Jena's parallel loader";
        if (!sb.toString().contains(heading)) {
            sb.append("\n").append(heading).append("\n\n`LoadBenchmark`: synthetic pages made from the five converted "
                    + "seeds. `esf-kg load` = scan + TDB2 parallel bulk load into a build folder + jena-text index + "
                    + "validation + switch; `bare Jena` = `LoaderFactory.parallelLoader` alone on the same N-Quads into "
                    + "an empty TDB2 folder (what `tdb2.tdbloader --loader=parallel` runs); ratio = esf-kg quads/s over "
                    + "bare quads/s; `unchanged` = re-run on the same file; `patch` = one page changed.\n\n"
                    + "| date | pages | quads | esf-kg load | quads/s | bare Jena | quads/s | ratio | unchanged | patch "
                    + "| text entries | DB size |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        }
        for (String r : rows) {
            sb.append("| ").append(LocalDate.now()).append(' ').append(r).append('\n');
        }
        Files.writeString(md, sb.toString());
        DataDir.deleteTree(work);
    }

    private static long bareJenaParallelLoad(Path nq, Path dir) throws IOException {
        long t0 = System.nanoTime();
        org.apache.jena.sparql.core.DatasetGraph dsg = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(dir.toString());
        org.apache.jena.tdb2.loader.DataLoader loader = org.apache.jena.tdb2.loader.LoaderFactory.parallelLoader(dsg,
                (fmt, args) -> { });
        loader.startBulk();
        try (var in = new GZIPInputStream(Files.newInputStream(nq), 1 << 16)) {
            org.apache.jena.riot.RDFParser.source(in).lang(org.apache.jena.riot.Lang.NQUADS).parse(loader.stream());
        }
        loader.finishBulk();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        return millis;
    }

    static Map<String, List<String>> readGraphs(Path nq) throws IOException {
        Map<String, List<String>> m = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(nq)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String g = line.substring(line.lastIndexOf('<', line.length() - 1), line.lastIndexOf('>') + 1);
                m.computeIfAbsent(g, k -> new ArrayList<>()).add(line);
            }
        }
        return m;
    }

    /** Writes N pages; page {@code changedPage} (if >= 0) gets one extra quad. */
    static long writeSynthetic(Map<String, List<String>> graphs, int n, Path file, int changedPage) throws IOException {
        Files.createDirectories(file.getParent());
        List<Map.Entry<String, List<String>>> pages = graphs.entrySet().stream()
                .filter(e -> e.getKey().contains("/source/")).toList();
        long count = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            for (var e : graphs.entrySet()) {
                if (!e.getKey().contains("/source/")) {
                    for (String l : e.getValue()) {
                        w.write(l);
                        w.write('\n');
                        count++;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                var page = pages.get(i % pages.size());
                String suffix = "-s" + i;
                String g = null;
                for (String l : page.getValue()) {
                    String x = l.replaceAll("(/id/project/[^/>]+)", "$1" + suffix)
                            .replaceAll("(/id/source/[0-9a-f_]+)", "$1" + suffix);
                    g = x.substring(x.lastIndexOf('<'), x.lastIndexOf('>') + 1);
                    w.write(x);
                    w.write('\n');
                    count++;
                }
                if (i == changedPage) {
                    w.write("<urn:bench:changed> <urn:bench:p> \"changed\" " + g + " .\n");
                    count++;
                }
            }
        }
        return count;
    }

    private static long du(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
