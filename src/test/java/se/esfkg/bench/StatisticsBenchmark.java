package se.esfkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import se.esfkg.derive.CorpusStatistics;
import se.esfkg.derive.PageFacts;
import se.esfkg.map.Esf;
import se.esfkg.map.Iris;
import se.esfkg.map.SearchableTerms;

/**
 * Benchmark, not a test: the corpus statistics of an existing N-Quads dump (one written before the
 * statistics graph existed, such as a large run's), made as convert makes them — page graph by page
 * graph into the tally, then the graph written — with the time, the graph's size and the heap used.
 *
 * <pre>
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/cp.txt) se.esfkg.bench.StatisticsBenchmark DUMP.nq.gz OUT.nq.gz
 * </pre>
 *
 * The dump's own reference, concepts and ontology graphs supply the municipalities and names. Quads
 * of one graph must be consecutive, as convert writes them.
 */
public final class StatisticsBenchmark {

    private static final String BASE = "https://w3id.org/esf-kg/id/";

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dump = Path.of(args[0]);
        Iris iris = new Iris(BASE);
        Graph reference = GraphFactory.createDefaultGraph();
        Graph concepts = GraphFactory.createDefaultGraph();
        Graph ontology = GraphFactory.createDefaultGraph();
        // First pass: the fixed graphs only (they come first in a dump, but a pass is cheap to reason about).
        long started = System.nanoTime();
        read(dump, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                String g = q.getGraph().getURI();
                if (g.equals(iris.referenceGraph().getURI())) {
                    reference.add(q.asTriple());
                } else if (g.equals(iris.conceptsGraph().getURI())) {
                    concepts.add(q.asTriple());
                } else if (g.equals(Esf.ONTOLOGY)) {
                    ontology.add(q.asTriple());
                }
            }
        });
        CorpusStatistics statistics = new CorpusStatistics(iris, iris.conversion("bench"), reference, concepts,
                new SearchableTerms(ontology));
        CorpusStatistics.Tally tally = statistics.tally();
        long[] pages = {0};
        read(dump, new StreamRDFBase() {
            Node current;
            Graph page = GraphFactory.createDefaultGraph();

            @Override
            public void quad(Quad q) {
                if (!q.getGraph().equals(current)) {
                    flush();
                    current = q.getGraph();
                }
                if (current.getURI().startsWith(BASE + "source/")) {
                    page.add(q.asTriple());
                }
            }

            @Override
            public void finish() {
                flush();
            }

            private void flush() {
                if (current != null && !page.isEmpty()) {
                    tally.add(PageFacts.of(current, page));
                    pages[0]++;
                }
                page = GraphFactory.createDefaultGraph();
            }
        });
        long read = System.nanoTime();
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long[] triples = {0};
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
            tally.write((name, chunk) -> chunk.find().forEachRemaining(t -> {
                String g = " " + NodeFmtLib.strNT(name) + " .\n";
                triples[0]++;
                try {
                    out.write((NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                            + NodeFmtLib.strNT(t.getObject()) + g).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        long done = System.nanoTime();
        System.out.printf(Locale.ROOT, "pages %d; reading the dump and tallying %.1f s; heap after tallying %d MB;"
                + " writing the graph %.1f s, %d triples; load average %s%n", pages[0], (read - started) / 1e9,
                heap >> 20, (done - read) / 1e9, triples[0], Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static void read(Path dump, StreamRDFBase sink) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NQUADS).checking(false).parse(sink);
        }
    }
}
