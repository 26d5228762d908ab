package se.esfkg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;

import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;
import se.esfkg.query.guard.QueryLimits;
import se.esfkg.serve.LiveData;

/**
 * Patch benchmark, not a test: how long a one-page change takes to apply in place, by the loader
 * (no server) and by a running server ({@link LiveData}, polling every second as {@code serve} does),
 * beside what main's copy-and-patch paid first: copying the live database folder. Excludes the scan
 * of the input (the same in both). Prints one line per measurement.
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * CP=target/test-classes:target/classes:$(cat target/cp.txt)
 * java -Xmx2g -cp $CP se.esfkg.store.PatchBenchmark synthetic 5000 /tmp/pb5k   # writes out/ and loads data/
 * java -Xmx2g -cp $CP se.esfkg.store.PatchBenchmark measure /tmp/pb5k/data 3   # patches data/ in place
 * </pre>
 * {@code measure} changes the folder it is given: point it at a copy.
 */
public final class PatchBenchmark {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "synthetic" -> synthetic(Integer.parseInt(args[1]), Path.of(args[2]));
            case "measure" -> measure(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 3);
            default -> throw new IllegalArgumentException("synthetic N DIR | measure DATA [ROUNDS]");
        }
        System.exit(0);
    }

    private static void synthetic(int n, Path dir) throws IOException {
        Path seeds = dir.resolve("seeds-out");
        Converter.builder().build().convert(Path.of("seeds"), seeds, p -> { }, ProgressListener.NONE);
        Map<String, List<String>> graphs = LoadBenchmark.readGraphs(seeds.resolve("esf-kg.nq.gz"));
        long quads = LoadBenchmark.writeSynthetic(graphs, n, dir.resolve("out/esf-kg.nq.gz"), -1);
        LoadBenchmark.writeSynthetic(graphs, n, dir.resolve("changed/esf-kg.nq.gz"), n / 2);
        LoadReport r = new StoreLoader(dir.resolve("data")).load(dir.resolve("out"));
        System.out.printf(Locale.ROOT, "synthetic %d pages, %,d quads: %s%n", n, quads, r.summary());
    }

    private static void measure(Path data, int rounds) throws Exception {
        DataDir dir = new DataDir(data);
        Path live = dir.current().orElseThrow();
        String graph = GraphManifest.read(live.resolve(GraphManifest.FILE)).graphs().keySet().stream()
                .filter(g -> g.contains("/source/")).findFirst().orElseThrow();
        List<String> page;
        try (StoreDatabase db = StoreDatabase.open(live)) {
            page = Txn.calculateRead(db.tdb(), () -> {
                List<String> lines = new ArrayList<>();
                db.tdb().find(NodeFactory.createURI(graph), Node.ANY, Node.ANY, Node.ANY)
                        .forEachRemaining(q -> lines.add(NodeFmtLib.str(q) + " ."));
                return lines;
            });
        }
        System.out.printf(Locale.ROOT, "%s: %s, one page = %s (%d quads); loadavg %s%n", data, live.getFileName(), graph,
                page.size(), Files.readString(Path.of("/proc/loadavg")).trim());

        long tdbBytes = Revision.tdbBytes(live);
        Path copy = data.resolveSibling(data.getFileName() + "-copy-bench");
        long t = System.nanoTime();
        copyTree(live, copy);
        long copyMs = (System.nanoTime() - t) / 1_000_000;
        DataDir.deleteTree(copy);
        System.out.printf(Locale.ROOT, "main's first step, copying %s (%,d MB of TDB2): %,d ms%n", live.getFileName(),
                tdbBytes >> 20, copyMs);

        int round = 0;
        for (int i = 0; i < rounds; i++) {
            Change c = change(data, live, graph, page, ++round);
            t = System.nanoTime();
            LivePatch.Result r;
            try (StoreDatabase db = StoreDatabase.open(live)) {
                long opened = System.nanoTime();
                r = new LivePatch(db, BuildCheck.none(), s -> { }).apply(c.manifest(), QuadInput.of(c.file()));
                System.out.printf(Locale.ROOT, "in place, no server: open %,d ms, patch %,d ms", (opened - t) / 1_000_000,
                        (System.nanoTime() - opened) / 1_000_000);
            }
            System.out.printf(Locale.ROOT, ", with close %,d ms -> %s (%d quads, %d text entries)%n",
                    (System.nanoTime() - t) / 1_000_000, r.revision().generationId(live), r.quadsLoaded(), r.textEntries());
        }

        try (LiveData server = LiveData.open(data, QueryLimits.defaults(), Duration.ofSeconds(1))) {
            PatchRequests requests = new PatchRequests(data);
            for (int i = 0; i < rounds; i++) {
                Change c = change(data, live, graph, page, ++round);
                t = System.nanoTime();
                PatchRequests.Answer a = requests.submit(c.manifest(), QuadInput.of(c.file()), Set.of(graph))
                        .await(Duration.ofSeconds(30), Duration.ofMinutes(30)).orElseThrow();
                System.out.printf(Locale.ROOT, "in place, by the server (polls every 1 s): %,d ms from hand-over to answer -> %s%n",
                        (System.nanoTime() - t) / 1_000_000, a.generation());
            }
        }
        System.out.printf(Locale.ROOT, "database now %,d MB of TDB2 (%,d MB after its full build); loadavg %s%n",
                Revision.tdbBytes(live) >> 20, Revision.read(live).fullBuildBytes() >> 20,
                Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private record Change(GraphManifest manifest, Path file) {
    }

    /** The page with one more quad than last round; the manifest is the live one with that page's new entry. */
    private static Change change(Path data, Path live, String graph, List<String> page, int round) throws IOException {
        Path file = data.resolveSibling(data.getFileName() + "-change-" + round + ".nq");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String l : page) {
                w.write(l);
                w.write('\n');
            }
            w.write("<urn:bench:changed> <urn:bench:p> \"round " + round + "\" <" + graph + "> .\n");
        }
        Map<String, GraphManifest.Entry> m = new TreeMap<>(GraphManifest.read(live.resolve(GraphManifest.FILE)).graphs());
        m.put(graph, QuadInput.of(file).scan().graphs().get(graph));
        return new Change(new GraphManifest(m), file);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
