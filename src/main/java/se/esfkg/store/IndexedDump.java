package se.esfkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.esfkg.output.GraphIndex;

/**
 * An N-Quads dump with a {@link GraphIndex} that describes it byte for byte: its manifest comes from
 * the index without parsing the dump, and one graph is read by inflating only its gzip member. Every
 * graph read this way is fingerprinted again and must match its index row, so an index that lies
 * about a graph it is asked for is found out ({@link Disagrees}) before anything is built from it.
 */
final class IndexedDump {

    private static final Logger LOG = LoggerFactory.getLogger(IndexedDump.class);

    private final QuadInput input;
    private final GraphIndex index;

    private IndexedDump(QuadInput input, GraphIndex index) {
        this.input = input;
        this.index = index;
    }

    /**
     * The input's index if it describes the input (same size and SHA-256); otherwise empty, and one
     * log line says why the load reads the whole dump.
     */
    static Optional<IndexedDump> of(QuadInput input, se.esfkg.output.FileDigests digests) {
        if (!input.file().getFileName().toString().endsWith(".gz")) {
            return Optional.empty();
        }
        GraphIndex.Lookup lookup = GraphIndex.lookup(input.file(), digests);
        if (lookup.index().isEmpty()) {
            LOG.info("{}; reading the whole dump", lookup.reason());
            return Optional.empty();
        }
        return Optional.of(new IndexedDump(input, lookup.index().get()));
    }

    /** The manifest the index states, as the scan would compute it. */
    GraphManifest manifest() {
        Map<String, GraphManifest.Entry> m = new LinkedHashMap<>();
        index.entries().forEach(e -> m.put(e.graph(), new GraphManifest.Entry(e.sha256(), e.quads())));
        return new GraphManifest(m);
    }

    /**
     * Reads {@code graphs} from their members and hands each to {@code listener}, as the scan does.
     * A member that is not valid N-Quads fails the load (the dump is the one the index was written
     * for, so the dump itself is bad); a graph whose quads do not match its row throws
     * {@link Disagrees}.
     */
    void readGraphs(Collection<String> graphs, GraphHasher.GraphListener listener) {
        Map<String, GraphIndex.Entry> rows = index.byGraph();
        for (String graph : graphs) {
            GraphIndex.Entry row = rows.get(graph);
            if (row == null) {
                throw new Disagrees("the index has no row for <" + graph + ">");
            }
            GraphManifest.Entry[] found = new GraphManifest.Entry[1];
            GraphHasher hasher = new GraphHasher((g, entry, lines) -> {
                found[0] = entry;
                listener.graph(g, entry, lines);
            });
            hasher.start();
            try (InputStream in = GraphIndex.openMember(input.file(), row)) {
                RDFParser.source(in).lang(Lang.NQUADS).labelToNode(LabelToNode.createUseLabelAsGiven()).strict(true)
                        .parse(new StreamRDFWrapper(hasher) {
                            @Override
                            public void quad(Quad quad) {
                                // A member shared by several small graphs holds the others' quads too.
                                if (quad.getGraph().isURI() && quad.getGraph().getURI().equals(graph)) {
                                    super.quad(quad);
                                }
                            }
                        });
            } catch (IOException e) {
                throw new StoreException("cannot read the member of <" + graph + "> at byte " + row.offset() + " of "
                        + input.file() + ": " + e.getMessage(), e);
            } catch (RiotException e) {
                throw new StoreException("bad N-Quads in " + input.file() + ", in the member of <" + graph
                        + "> at byte " + row.offset() + ": " + e.getMessage(), e);
            }
            hasher.finish();
            GraphManifest.Entry expected = new GraphManifest.Entry(row.sha256(), row.quads());
            if (!expected.equals(found[0])) {
                throw new Disagrees("the member of <" + graph + "> at byte " + row.offset() + " holds "
                        + (found[0] == null ? "no quads of it" : found[0].quads() + " quads, SHA-256 " + found[0].sha256())
                        + ", the index says " + row.quads() + " quads, SHA-256 " + row.sha256());
            }
        }
    }

    /** The index and the dump it claims to describe disagree about a graph. */
    static final class Disagrees extends RuntimeException {
        Disagrees(String message) {
            super(message);
        }
    }
}
