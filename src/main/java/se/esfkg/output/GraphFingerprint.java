package se.esfkg.output;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * The fingerprint of one named graph, the one definition that the store's {@code manifest.tsv} and
 * the dump's graph index share: SHA-256 of the graph's distinct N-Quads lines (each as
 * {@link NTriplesTerms#quad} writes it, ending in {@code " ."}) in ascending {@link String} order,
 * each followed by a line feed, with the number of those lines. Two graphs with the same
 * fingerprint hold the same quads.
 */
public final class GraphFingerprint {

    private final MessageDigest digest;
    private String previous;
    private long quads;

    public GraphFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** Adds the next line; lines must come in ascending order, and a repeat of the last one is skipped. */
    public void add(String sortedLine) {
        if (sortedLine.equals(previous)) {
            return;
        }
        if (previous != null && sortedLine.compareTo(previous) < 0) {
            throw new IllegalArgumentException("lines out of order: " + sortedLine + " after " + previous);
        }
        digest.update(sortedLine.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        previous = sortedLine;
        quads++;
    }

    /** Distinct lines added so far. */
    public long quads() {
        return quads;
    }

    /** The hex SHA-256; the fingerprint is then spent. */
    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The fingerprint of N-Quads text as a reader computes it: parsed with blank node labels kept
     * as written, each quad formatted by {@link NTriplesTerms#quad}, sorted, de-duplicated.
     */
    public static GraphFingerprint ofNQuads(byte[] text, int offset, int length) {
        TreeSet<String> lines = new TreeSet<>();
        RDFParser.source(new ByteArrayInputStream(text, offset, length)).lang(Lang.NQUADS)
                .labelToNode(LabelToNode.createUseLabelAsGiven()).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        lines.add(NTriplesTerms.quad(quad));
                    }
                });
        GraphFingerprint f = new GraphFingerprint();
        lines.forEach(f::add);
        return f;
    }

    public static String sha256(Iterable<String> sortedDistinctLines) {
        GraphFingerprint f = new GraphFingerprint();
        sortedDistinctLines.forEach(f::add);
        return f.sha256();
    }
}
