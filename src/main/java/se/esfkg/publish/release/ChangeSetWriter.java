package se.esfkg.publish.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import se.esfkg.output.FileDigests;
import se.esfkg.output.GraphIndex;
import se.esfkg.publish.NQuads;
import se.esfkg.publish.SortedLines;

/**
 * Computes the change set between two N-Quads dumps without holding either in memory: each is
 * sorted and de-duplicated on disk ({@link SortedLines}), then one merge walk over the two sorted
 * files writes the removed and the added quads. When both dumps have a {@link GraphIndex} that
 * describes them, only the graphs whose fingerprints differ are read, each from its own gzip
 * member, and sorted: graphs with equal fingerprints hold equal lines, which the merge walk would
 * skip anyway, so the files are the same bytes as from the whole dumps. The RDF Patch is made from those two files: one
 * transaction of deletes, then adds, with the release IRIs as its {@code id} and {@code prev}.
 */
public final class ChangeSetWriter {

    private ChangeSetWriter() {
    }

    public static ChangeSet write(Path oldDump, Path newDump, Path dir, int from, int to, String fromIri, String toIri) {
        return write(oldDump, newDump, dir, from, to, fromIri, toIri, new FileDigests());
    }

    /** As above, the dumps' hashes (to trust their graph indexes) taken from {@code digests} when known. */
    public static ChangeSet write(Path oldDump, Path newDump, Path dir, int from, int to, String fromIri, String toIri,
            FileDigests digests) {
        Optional<GraphIndex> oldIndex = GraphIndex.lookup(oldDump, digests).index();
        Optional<GraphIndex> newIndex = GraphIndex.lookup(newDump, digests).index();
        Path oldSorted = null;
        Path newSorted = null;
        try {
            if (oldIndex.isPresent() && newIndex.isPresent()) {
                Set<String> differing = differingGraphs(oldIndex.get(), newIndex.get());
                oldSorted = sortedCopy(oldDump, oldIndex.get(), differing, dir);
                newSorted = sortedCopy(newDump, newIndex.get(), differing, dir);
            } else {
                oldSorted = sortedCopy(oldDump, dir);
                newSorted = sortedCopy(newDump, dir);
            }
            long[] counts = diff(oldSorted, newSorted, dir.resolve(ChangeSet.ADDED), dir.resolve(ChangeSet.REMOVED));
            TreeMap<String, long[]> perGraph = new TreeMap<>();
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(ChangeSet.RDF_PATCH)), 1 << 16)) {
                RDFChanges patch = RDFPatchOps.textWriter(out);
                patch.start();
                patch.header("id", NodeFactory.createURI(toIri));
                patch.header("prev", NodeFactory.createURI(fromIri));
                patch.txnBegin();
                NQuads.parse(dir.resolve(ChangeSet.REMOVED), new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        patch.delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                        perGraph.computeIfAbsent(graphKey(q.getGraph()), g -> new long[2])[1]++;
                    }
                });
                NQuads.parse(dir.resolve(ChangeSet.ADDED), new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        patch.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                        perGraph.computeIfAbsent(graphKey(q.getGraph()), g -> new long[2])[0]++;
                    }
                });
                patch.txnCommit();
                patch.finish();
            }
            ChangeSet changes = new ChangeSet(from, to, counts[0], counts[1], perGraph);
            Files.writeString(dir.resolve(ChangeSet.COUNTS), changes.countsTable(), StandardCharsets.UTF_8);
            return changes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(oldSorted);
            deleteQuietly(newSorted);
        }
    }

    private static String graphKey(Node g) {
        return g == null || Quad.isDefaultGraph(g) ? "" : g.getURI();
    }

    /** The dump's quads as sorted, distinct N-Quads lines in a temporary file beside the output. */
    static Path sortedCopy(Path dump, Path dir) throws IOException {
        Path sorted = Files.createTempFile(dir, ".sorted-", ".nq");
        try (SortedLines lines = new SortedLines(); OutputStream out = Files.newOutputStream(sorted)) {
            NQuads.parse(dump, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    lines.add(NQuads.line(q));
                }

                @Override
                public void triple(org.apache.jena.graph.Triple t) {
                    lines.add(NQuads.line(Quad.create(Quad.defaultGraphIRI, t)));
                }
            });
            lines.writeTo(out);
        }
        return sorted;
    }

    /**
     * The graphs whose quads differ between two indexed dumps: added, removed, or with another
     * fingerprint. Every other graph has the same lines in both, so it adds nothing to the change.
     */
    static Set<String> differingGraphs(GraphIndex older, GraphIndex newer) {
        Map<String, GraphIndex.Entry> before = older.byGraph();
        Map<String, GraphIndex.Entry> after = newer.byGraph();
        Set<String> differing = new TreeSet<>();
        before.forEach((g, e) -> {
            GraphIndex.Entry n = after.get(g);
            if (n == null || n.quads() != e.quads() || !n.sha256().equals(e.sha256())) {
                differing.add(g);
            }
        });
        after.keySet().stream().filter(g -> !before.containsKey(g)).forEach(differing::add);
        return differing;
    }

    /**
     * The quads of {@code graphs} only, as sorted, distinct N-Quads lines in a temporary file: each
     * graph read from its own gzip member of the dump, located by the index.
     */
    static Path sortedCopy(Path dump, GraphIndex index, Set<String> graphs, Path dir) throws IOException {
        Path sorted = Files.createTempFile(dir, ".sorted-", ".nq");
        Map<String, GraphIndex.Entry> rows = index.byGraph();
        try (SortedLines lines = new SortedLines(); OutputStream out = Files.newOutputStream(sorted)) {
            for (String graph : graphs) {
                GraphIndex.Entry row = rows.get(graph);
                if (row == null) {
                    continue;
                }
                try (InputStream member = GraphIndex.openMember(dump, row)) {
                    NQuads.parse(member, Lang.NQUADS, new StreamRDFBase() {
                        @Override
                        public void quad(Quad q) {
                            // A member shared by several small graphs holds the others' quads too.
                            if (q.getGraph().isURI() && q.getGraph().getURI().equals(graph)) {
                                lines.add(NQuads.line(q));
                            }
                        }
                    });
                }
            }
            lines.writeTo(out);
        }
        return sorted;
    }

    /** Merge walk of two sorted line files; returns {added, removed}. */
    private static long[] diff(Path oldSorted, Path newSorted, Path added, Path removed) throws IOException {
        long a = 0;
        long r = 0;
        try (Writer plus = gzipWriter(added); Writer minus = gzipWriter(removed);
                var oldIn = Files.newInputStream(oldSorted); var newIn = Files.newInputStream(newSorted)) {
            Iterator<String> olds = SortedLines.lines(oldIn);
            Iterator<String> news = SortedLines.lines(newIn);
            String o = next(olds);
            String n = next(news);
            while (o != null || n != null) {
                int c = o == null ? 1 : n == null ? -1 : o.compareTo(n);
                if (c == 0) {
                    o = next(olds);
                    n = next(news);
                } else if (c < 0) {
                    minus.write(o);
                    minus.write('\n');
                    r++;
                    o = next(olds);
                } else {
                    plus.write(n);
                    plus.write('\n');
                    a++;
                    n = next(news);
                }
            }
        }
        return new long[] {a, r};
    }

    private static String next(Iterator<String> it) {
        return it.hasNext() ? it.next() : null;
    }

    private static Writer gzipWriter(Path file) throws IOException {
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            p.toFile().delete();
        }
    }
}
