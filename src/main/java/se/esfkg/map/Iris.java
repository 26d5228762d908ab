package se.esfkg.map;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.SourceReference;
import se.esfkg.text.Slugs;

/**
 * Mints every data IRI below one configurable base, deterministically and readably
 * (see docs/model.md). The same record always yields the same IRIs.
 */
public final class Iris {

    /**
     * Longest path segment minted. Values have no length limit (a case number can be 40,000
     * characters), IRIs must: Lucene refuses a term over 32,766 bytes, and the text index keys
     * its entries by subject IRI. A longer segment keeps a readable head and a hash of the whole.
     */
    public static final int MAX_SEGMENT = 100;
    private static final int HEAD = 80;

    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://\\S+/")) {
            throw new IllegalArgumentException("the base IRI must be http(s) and end with '/': " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    public Node node(String path) {
        return NodeFactory.createURI(base + bounded(path));
    }

    /**
     * The project's number when it has one, else title and start year. The number is the case
     * number, or layout B's Projektnummer (the same number on the old site); {@code 2023/00117} and
     * {@code 2023-00117} are one number, {@code 2023-00117}.
     */
    public static String projectSlug(ProjectRecord r) {
        Optional<String> number = projectNumber(r);
        if (number.isPresent()) {
            return Slugs.segment(number.get());
        }
        String title = Slugs.segment(r.title());
        return r.startDate().map(d -> title + "-" + d.getYear()).orElse(title);
    }

    /** The number that identifies the record's project: its case number, else its project number. */
    public static Optional<String> projectNumber(ProjectRecord r) {
        return r.caseNumber().or(r::projectNumber).map(String::strip).filter(n -> !n.isEmpty());
    }

    public Node project(ProjectRecord r) {
        return node("project/" + projectSlug(r));
    }

    /**
     * The named graph of one source record, which also names the record in provenance: a page is
     * its file, a CSV export row is its file and line.
     */
    public Node source(SourceReference at) {
        String file = at.file();
        int dot = file.lastIndexOf('.');
        String stem = dot > file.lastIndexOf('/') + 1 ? file.substring(0, dot) : file;
        String path = "source/" + percentEncoded(stem);
        return node(at.layout().oneRecordPerRow() ? path + "/row-" + at.line() : path);
    }

    /**
     * The input path as IRI path segments, one to one: letters, digits, {@code _ . -} and {@code /}
     * stay, every other character is percent-encoded as UTF-8 ({@code a b} → {@code a%20b},
     * {@code ä} → {@code %C3%A4}), so two different paths never share an IRI.
     */
    static String percentEncoded(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "_.-/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    public Node organisation(String organisationId) {
        return node(organisationId);
    }

    public Node municipality(String code) {
        return node("municipality/" + code);
    }

    public Node county(String code) {
        return node("county/" + code);
    }

    public Node region(String id) {
        return node("region/" + id);
    }

    public Node mintedConcept(String scheme, String value) {
        return node("concept/" + scheme + "/" + Slugs.segment(value));
    }

    public Node conversion(String version) {
        return node("conversion/esf-kg-" + version.toLowerCase(Locale.ROOT));
    }

    public Node referenceGraph() {
        return node("graph/reference");
    }

    public Node statisticsGraph() {
        return node("graph/statistics");
    }

    public Node conceptsGraph() {
        return node("graph/concepts");
    }

    public static Node under(Node parent, String path) {
        return NodeFactory.createURI(parent.getURI() + "/" + bounded(path));
    }

    /**
     * Each segment of {@code path} within {@link #MAX_SEGMENT} characters: a longer one becomes its
     * first {@value #HEAD} characters, a dash and 16 hex digits of its SHA-256, so it stays stable
     * across runs and distinct from every other value.
     */
    static String bounded(String path) {
        if (path.length() <= MAX_SEGMENT) {
            return path;
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String seg = segments[i];
            if (seg.length() > MAX_SEGMENT) {
                segments[i] = seg.substring(0, HEAD).replaceAll("-+$", "") + "-"
                        + HexFormat.of().formatHex(sha256(seg), 0, 8);
            }
        }
        return String.join("/", segments);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
