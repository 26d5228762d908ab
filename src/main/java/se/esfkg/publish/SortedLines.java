package se.esfkg.publish;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Iterator;
import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.SerializationFactory;
import org.apache.jena.atlas.data.ThresholdPolicyFactory;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Sink;

/**
 * A set of text lines sorted on disk: Jena's spilling {@link SortedDataBag} keeps at most
 * {@link #IN_MEMORY} lines in memory and merges sorted spill files, so a corpus of any size is
 * sorted without being held whole; duplicates, adjacent once sorted, are skipped on the way out.
 * (Jena's DistinctDataBag is not used: it does not sort while everything fits in memory.) Lines are N-Triples or N-Quads statements,
 * which never contain a line break.
 */
public final class SortedLines implements AutoCloseable {

    /**
     * Lines held before a spill; at ~200 bytes a line, some 20 MB. VoID statistics sort three sets at
     * once after a conversion; at 500,000 lines each they took most of a 10,000-page run's heap.
     */
    static final long IN_MEMORY = 100_000;

    private final SortedDataBag<String> bag;

    public SortedLines() {
        this(IN_MEMORY);
    }

    SortedLines(long inMemory) {
        bag = BagFactory.newSortedBag(ThresholdPolicyFactory.count(inMemory), new LineSerialization(),
                Comparator.naturalOrder());
    }

    public void add(String line) {
        bag.add(line);
    }

    /** Every distinct line in ascending order; call once, after the last {@link #add}. */
    public Iterator<String> iterator() {
        return Iter.distinctAdjacent(bag.iterator());
    }

    /** Writes the sorted distinct lines, each ending with a line feed; returns how many. */
    public long writeTo(OutputStream out) {
        long n = 0;
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            for (Iterator<String> it = iterator(); it.hasNext();) {
                w.write(it.next());
                w.write('\n');
                n++;
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    @Override
    public void close() {
        bag.close();
    }

    /** Reads a file of lines back lazily (for walking two sorted files side by side); a read error is unchecked. */
    public static Iterator<String> lines(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16).lines().iterator();
    }

    /** Spill files hold one line per line, UTF-8. */
    private static final class LineSerialization implements SerializationFactory<String> {
        @Override
        public Sink<String> createSerializer(OutputStream out) {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            return new Sink<>() {
                @Override
                public void send(String line) {
                    unchecked(() -> {
                        w.write(line);
                        w.write('\n');
                    });
                }

                @Override
                public void flush() {
                    unchecked(w::flush);
                }

                @Override
                public void close() {
                    unchecked(w::close);
                }
            };
        }

        @Override
        public Iterator<String> createDeserializer(InputStream in) {
            return lines(in);
        }
    }

    /** A step of writing a spill file; Jena's {@code Sink} may not throw {@link IOException}. */
    private interface Io {
        void run() throws IOException;
    }

    private static void unchecked(Io step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
