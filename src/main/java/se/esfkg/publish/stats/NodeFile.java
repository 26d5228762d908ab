package se.esfkg.publish.stats;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.thrift.wire.RDF_Term;
import org.apache.thrift.TConfiguration;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.transport.TTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What VoID needs to know of every IRI in a TDB2 database, from one sequential read of its node
 * file ({@value #FILE}): which lie under the data space (entities, when subjects) and which under a
 * linked namespace (linksets, when objects), as sorted lists of node ids. Measured at 100,000
 * pages: asking TDB2's node table for each distinct subject and object costs a seek and a read per
 * id (millions of them) and was most of a store scan; reading the same file front to back is one
 * stream. The file is TDB2's append-only list of Thrift-encoded terms, where a node id is the
 * offset of its term (Jena's {@code NodeTableTRDF}); it is read with Jena's own Thrift classes. If
 * the file is missing or does not read as that, the scan falls back to the node table.
 */
final class NodeFile {

    private static final Logger LOG = LoggerFactory.getLogger(NodeFile.class);
    static final String FILE = "nodes-data.obj";

    private final long[] entities;
    private final long[][] linked;
    /** Where the last whole term ended: ids from here on (a torn tail, if any) are not covered. */
    private final long end;

    private NodeFile(long[] entities, long[][] linked, long end) {
        this.entities = entities;
        this.linked = linked;
        this.end = end;
    }

    static Optional<NodeFile> read(Location location, String dataSpace) {
        if (location == null || location.isMem()) {
            return Optional.empty();
        }
        Path file = Path.of(location.getPath(FILE));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Offsets entities = new Offsets();
        List<CorpusStatistics.Target> targets = CorpusStatistics.TARGETS;
        Offsets[] linked = new Offsets[targets.size()];
        Arrays.setAll(linked, i -> new Offsets());
        long end = 0;
        try (Terms in = new Terms(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            long size = Files.size(file);
            TCompactProtocol protocol = new TCompactProtocol(in);
            while (in.position < size) {
                long offset = in.position;
                RDF_Term term = new RDF_Term();
                try {
                    term.read(protocol);
                } catch (TException e) {
                    // Past the committed terms (a torn tail) or not the expected format: ids from
                    // here on are decoded by the node table, and the caller checks a sample.
                    LOG.info("node file {} read up to byte {} of {}: {}", file, offset, size, e.toString());
                    break;
                }
                end = in.position;
                if (!term.isSetIri()) {
                    continue;
                }
                String iri = term.getIri().getIri();
                if (iri.startsWith(dataSpace)) {
                    entities.add(offset);
                }
                for (int i = 0; i < targets.size(); i++) {
                    String ns = targets.get(i).namespace();
                    if (!ns.isEmpty() && iri.startsWith(ns)) {
                        linked[i].add(offset);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("node file {} not read ({}); VoID figures decode node by node", file, e.toString());
            return Optional.empty();
        }
        long[][] sorted = new long[linked.length][];
        Arrays.setAll(sorted, i -> linked[i].toArray());
        return Optional.of(new NodeFile(entities.toArray(), sorted, end));
    }

    /** Whether this file's reading answers for {@code offset}. */
    boolean covers(long offset) {
        return offset < end;
    }

    boolean isEntity(long offset) {
        return Arrays.binarySearch(entities, offset) >= 0;
    }

    List<CorpusStatistics.Target> targetsOf(long offset) {
        List<CorpusStatistics.Target> in = List.of();
        for (int i = 0; i < linked.length; i++) {
            if (Arrays.binarySearch(linked[i], offset) >= 0) {
                in = in.isEmpty() ? new ArrayList<>(1) : in;
                in.add(CorpusStatistics.TARGETS.get(i));
            }
        }
        return in;
    }

    /** The linked namespaces an IRI lies in (Kohesio's identifiers are literals: none). */
    static List<CorpusStatistics.Target> targetsOf(String iri) {
        List<CorpusStatistics.Target> in = new ArrayList<>(1);
        for (CorpusStatistics.Target target : CorpusStatistics.TARGETS) {
            if (!target.namespace().isEmpty() && iri.startsWith(target.namespace())) {
                in.add(target);
            }
        }
        return in;
    }

    /** A growing sorted list of offsets (they are found in file order, so ascending). */
    private static final class Offsets {
        private long[] values = new long[1024];
        private int size;

        void add(long offset) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = offset;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** Thrift's view of the file: a read-only stream that knows how far it has read. */
    private static final class Terms extends TTransport {
        private final InputStream in;
        private long position;

        Terms(InputStream in) {
            this.in = in;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void open() {
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public int read(byte[] buf, int off, int len) throws org.apache.thrift.transport.TTransportException {
            try {
                int n = in.read(buf, off, len);
                if (n < 0) {
                    throw new org.apache.thrift.transport.TTransportException(
                            org.apache.thrift.transport.TTransportException.END_OF_FILE, "end of the node file");
                }
                position += n;
                return n;
            } catch (IOException e) {
                throw new org.apache.thrift.transport.TTransportException(e);
            }
        }

        @Override
        public void write(byte[] buf, int off, int len) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public TConfiguration getConfiguration() {
            return TConfiguration.DEFAULT;
        }

        @Override
        public void updateKnownMessageSize(long size) {
        }

        @Override
        public void checkReadBytesAvailable(long numBytes) {
        }
    }
}
