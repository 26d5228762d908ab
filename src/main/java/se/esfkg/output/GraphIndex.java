package se.esfkg.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The graph index written beside the N-Quads dump ({@value #FILE}). The dump is a gzip file of
 * several members (RFC 1952, 2.2: any gzip reader reads them as one stream), and each named graph
 * lies whole in one member, so one graph can be read by seeking to its member and inflating only
 * that. Per graph the index gives the member's byte offset and length in the dump, and the graph's
 * quad count and SHA-256 exactly as the store's manifest defines them ({@link GraphFingerprint}), so
 * a loader or a release can tell which graphs changed without parsing the dump.
 *
 * <pre>
 * #esf-kg graph index 1	esf-kg.nq.gz	sha256=…	bytes=…	graphs=…	rows-sha256=…
 * graph	offset	length	quads	sha256
 * https://w3id.org/esf-kg/source/p1	0	2817	301	4d1f…
 * </pre>
 *
 * The first line names the dump with its own SHA-256 and size (an index is only used for the dump
 * it describes) and the SHA-256 of the rows that follow it (an edited or truncated index is
 * rejected as a whole). Rows are in the dump's order. Several small graphs may share a member; their
 * rows then have the same offset and length, and a reader keeps only its graph's quads.
 */
public record GraphIndex(String dumpFile, String dumpSha256, long dumpBytes, List<Entry> entries) {

    public static final String FILE = "esf-kg.nq.graphs.tsv";
    static final String MAGIC = "#esf-kg graph index 1";
    static final String COLUMNS = "graph\toffset\tlength\tquads\tsha256";

    /** One graph: where its member lies in the dump, and its fingerprint. */
    public record Entry(String graph, long offset, long length, long quads, String sha256) {
        String row() {
            return graph + "\t" + offset + "\t" + length + "\t" + quads + "\t" + sha256;
        }
    }

    public GraphIndex {
        entries = List.copyOf(entries);
    }

    /** Graph IRI to its entry, in the dump's order. */
    public Map<String, Entry> byGraph() {
        Map<String, Entry> m = new LinkedHashMap<>();
        entries.forEach(e -> m.put(e.graph(), e));
        return m;
    }

    public void write(Path file) {
        StringBuilder rows = new StringBuilder();
        rows.append(COLUMNS).append('\n');
        entries.forEach(e -> rows.append(e.row()).append('\n'));
        String body = rows.toString();
        String head = MAGIC + "\t" + dumpFile + "\tsha256=" + dumpSha256 + "\tbytes=" + dumpBytes + "\tgraphs="
                + entries.size() + "\trows-sha256=" + sha256(body.getBytes(StandardCharsets.UTF_8)) + "\n";
        try {
            Files.writeString(file, head + body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an index row by row as its dump is written, the same bytes as {@link #write}: the rows
     * wait in a file beside the index until the dump's size and SHA-256 are known. Held as entries
     * and then as one string, a 100,000-page run's rows were some 20 MB kept to the end and three
     * times that at the end, the run's largest allocation.
     */
    static final class Streamed {
        private final Path index;
        private final Path rows;
        private final MessageDigest digest = newSha256();
        private final OutputStream out;
        private long count;

        Streamed(Path index) {
            this.index = index;
            this.rows = index.resolveSibling("." + index.getFileName() + ".rows");
            try {
                out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(rows), 1 << 16), digest);
                out.write((COLUMNS + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(Entry entry) throws IOException {
            out.write((entry.row() + "\n").getBytes(StandardCharsets.UTF_8));
            count++;
        }

        /** Writes the index for the finished dump and removes the rows' file. */
        void finish(String dumpFile, String dumpSha256, long dumpBytes) throws IOException {
            out.close();
            String head = MAGIC + "\t" + dumpFile + "\tsha256=" + dumpSha256 + "\tbytes=" + dumpBytes + "\tgraphs="
                    + count + "\trows-sha256=" + HexFormat.of().formatHex(digest.digest()) + "\n";
            try (OutputStream file = Files.newOutputStream(index)) {
                file.write(head.getBytes(StandardCharsets.UTF_8));
                Files.copy(rows, file);
            }
            Files.delete(rows);
        }
    }

    /**
     * Reads an index; a file that is not a complete, unaltered index throws {@link Malformed} with
     * the reason. Whether it describes a given dump is {@link #describes}' question.
     */
    public static GraphIndex read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Malformed(file + ": " + e.getMessage());
        }
        int firstBreak = text.indexOf('\n');
        if (firstBreak < 0 || !text.startsWith(MAGIC + "\t")) {
            throw new Malformed(file + " does not start with \"" + MAGIC + "\"");
        }
        String[] head = text.substring(0, firstBreak).split("\t");
        String body = text.substring(firstBreak + 1);
        try {
            if (head.length != 6) {
                throw new Malformed(file + ": its first line has " + head.length + " fields, not 6");
            }
            String sha = field(head[2], "sha256");
            long bytes = Long.parseLong(field(head[3], "bytes"));
            int graphs = Integer.parseInt(field(head[4], "graphs"));
            if (!sha256(body.getBytes(StandardCharsets.UTF_8)).equals(field(head[5], "rows-sha256"))) {
                throw new Malformed(file + ": its rows are not those it was written with (rows-sha256 differs)");
            }
            String[] lines = body.split("\n");
            if (!lines[0].equals(COLUMNS) || lines.length - 1 != graphs) {
                throw new Malformed(file + ": expected the column line and " + graphs + " rows");
            }
            List<Entry> entries = new ArrayList<>(graphs);
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t");
                if (f.length != 5) {
                    throw new Malformed(file + ": row " + i + " has " + f.length + " fields, not 5");
                }
                entries.add(new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), f[4]));
            }
            return new GraphIndex(head[1], sha, bytes, entries);
        } catch (NumberFormatException e) {
            throw new Malformed(file + ": not a number: " + e.getMessage());
        }
    }

    /**
     * The index beside {@code dump}, if there is one that describes it byte for byte (its size
     * and SHA-256; hashing the dump is reading it, not parsing it). Otherwise the reason it cannot
     * be used, for one line of the caller's log.
     */
    public static Lookup lookup(Path dump) {
        return lookup(dump, new FileDigests());
    }

    /** As {@link #lookup(Path)}, the dump's hash taken from (or left in) {@code digests}. */
    public static Lookup lookup(Path dump, FileDigests digests) {
        Path file = dump.resolveSibling(FILE);
        if (!Files.isRegularFile(file)) {
            return new Lookup(Optional.empty(), "no graph index " + file.getFileName() + " beside " + dump.getFileName());
        }
        GraphIndex index;
        try {
            index = read(file);
        } catch (Malformed e) {
            return new Lookup(Optional.empty(), "graph index not usable: " + e.getMessage());
        }
        try {
            if (!index.describes(dump, digests)) {
                return new Lookup(Optional.empty(), "graph index " + file + " is stale: it describes another "
                        + index.dumpFile() + " (size or SHA-256 differ)");
            }
        } catch (IOException e) {
            return new Lookup(Optional.empty(), "cannot read " + dump + ": " + e.getMessage());
        }
        return new Lookup(Optional.of(index), "graph index " + file.getFileName() + " matches " + dump.getFileName());
    }

    /** The outcome of {@link #lookup}: an index that describes the dump, or why there is none. */
    public record Lookup(Optional<GraphIndex> index, String reason) {
    }

    /** Whether {@code dump} is the file this index was written for: same size, same SHA-256. */
    public boolean describes(Path dump) throws IOException {
        return describes(dump, new FileDigests());
    }

    public boolean describes(Path dump, FileDigests digests) throws IOException {
        return Files.size(dump) == dumpBytes && digests.sha256(dump).equals(dumpSha256);
    }

    /**
     * The inflated bytes of an entry's member, read by seeking to it: the member's N-Quads lines
     * (and, in a shared member, other graphs' lines too).
     */
    public static InputStream openMember(Path dump, Entry entry) throws IOException {
        FileChannel channel = FileChannel.open(dump, StandardOpenOption.READ);
        try {
            if (entry.offset() < 0 || entry.length() <= 0 || entry.offset() + entry.length() > channel.size()) {
                throw new IOException("member of <" + entry.graph() + "> at " + entry.offset() + "+" + entry.length()
                        + " lies outside " + dump + " (" + channel.size() + " bytes)");
            }
            ByteBuffer member = ByteBuffer.allocate(Math.toIntExact(entry.length()));
            while (member.hasRemaining()) {
                if (channel.read(member, entry.offset() + member.position()) < 0) {
                    throw new IOException("unexpected end of " + dump);
                }
            }
            member.flip();
            return new GZIPInputStream(new java.io.ByteArrayInputStream(member.array(), 0, member.limit()), 1 << 16);
        } finally {
            channel.close();
        }
    }

    public static String fileSha256(Path file) throws IOException {
        MessageDigest md = newSha256();
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private static String field(String f, String name) {
        if (!f.startsWith(name + "=")) {
            throw new Malformed("expected " + name + "=…, got \"" + f + "\"");
        }
        return f.substring(name.length() + 1);
    }

    /** An index file that is not a complete, unaltered index. */
    public static final class Malformed extends RuntimeException {
        public Malformed(String message) {
            super(message);
        }
    }
}
