package se.esfkg.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * N-Quads, every statement with its page's graph name, gzipped as a series of gzip members with the
 * {@link GraphIndex} beside it. A member closes at the first graph boundary after
 * {@link #MEMBER_BYTES} of N-Quads, so no graph is split between members; a reader of one graph
 * inflates its one member and keeps that graph's lines. Each member is an ordinary gzip member (RFC 1952: header, deflate stream,
 * CRC-32, size), made with one reused {@link Deflater} at the default level.
 */
final class NQuadsSink implements DumpSink {

    /**
     * Uncompressed bytes after which a member closes. Each member starts a fresh deflate stream,
     * with no earlier text to refer back to, and costs an 18-byte frame. Measured on 10,000
     * generated pages (about 44 KB of N-Quads a page): a member per graph made the dump 26 % larger
     * than one gzip stream; 64 KB members 11 %; 256 KB members 3.7 %, and reading one graph then
     * inflates about six pages.
     */
    static final int MEMBER_BYTES = 1 << 18;

    /** Registered in {@link Outputs}: written on the file's own bytes, with the index beside it. */
    static final Output.PackingSinkFactory FACTORY = (out, path) -> new NQuadsSink(out, path, MEMBER_BYTES);

    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final CountingOutput file;
    private final Path path;
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[1 << 16];
    private final ByteArrayOutputStream member = new ByteArrayOutputStream(1 << 16);
    private final GraphIndex.Streamed index;
    /** Graphs in the open member: graph IRI, quads, SHA-256 (offset and length come when it closes). */
    private final List<String[]> pending = new ArrayList<>();

    private final int memberBytes;

    NQuadsSink(OutputStream rawFile, Path path, int memberBytes) {
        this.file = new CountingOutput(rawFile);
        this.path = path;
        this.memberBytes = memberBytes;
        this.index = new GraphIndex.Streamed(path.resolveSibling(GraphIndex.FILE));
    }

    @Override
    public void start(Map<String, String> prefixes) {
        // N-Quads declares no prefixes.
    }

    @Override
    public void page(SortedPage page) throws IOException {
        if (page.size() == 0) {
            return;
        }
        GraphFingerprint fingerprint = new GraphFingerprint();
        String graph = " " + page.graphNameForm() + " .";
        int start = member.size();
        for (String spo : page.statements()) {
            String line = spo + graph;
            fingerprint.add(line);
            member.write(line.getBytes(StandardCharsets.UTF_8));
            member.write('\n');
        }
        if (hasBlankNodes(page)) {
            // A reader gives a blank node back under the label written, which Jena then writes
            // escaped: its fingerprint lines are not the lines written. Hash what a reader hashes.
            fingerprint = GraphFingerprint.ofNQuads(member.toByteArray(), start, member.size() - start);
        }
        pending.add(new String[] {page.graphName().getURI(), Long.toString(fingerprint.quads()), fingerprint.sha256()});
        if (member.size() >= memberBytes) {
            closeMember();
        }
    }

    private static boolean hasBlankNodes(SortedPage page) {
        for (org.apache.jena.graph.Triple t : page.triples()) {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private void closeMember() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        long offset = file.count;
        writeMember(member.toByteArray());
        long length = file.count - offset;
        for (String[] g : pending) {
            index.add(new GraphIndex.Entry(g[0], offset, length, Long.parseLong(g[1]), g[2]));
        }
        pending.clear();
        member.reset();
    }

    private void writeMember(byte[] text) throws IOException {
        crc.reset();
        crc.update(text);
        deflater.reset();
        deflater.setInput(text);
        deflater.finish();
        file.write(GZIP_HEADER);
        while (!deflater.finished()) {
            file.write(buffer, 0, deflater.deflate(buffer));
        }
        writeIntLittleEndian((int) crc.getValue());
        writeIntLittleEndian(text.length);
    }

    private void writeIntLittleEndian(int v) throws IOException {
        file.write(new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)});
    }

    @Override
    public void finish() throws IOException {
        closeMember();
        if (file.count == 0) {
            // No graph at all: one empty member, so that the file is still a gzip file.
            writeMember(new byte[0]);
        }
        file.flush();
        deflater.end();
        index.finish(path.getFileName().toString(), HexFormat.of().formatHex(file.digest.digest()), file.count);
    }

    /** The dump's bytes as written: their number (the next member's offset) and their SHA-256. */
    private static final class CountingOutput extends OutputStream {
        private final OutputStream out;
        private final MessageDigest digest = GraphIndex.newSha256();
        private long count;

        CountingOutput(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
