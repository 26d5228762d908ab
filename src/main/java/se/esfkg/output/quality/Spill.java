package se.esfkg.output.quality;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.SerializationFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.ThresholdPolicyFactory;
import org.apache.jena.atlas.lib.Sink;

/**
 * What the quality report keeps of a run, sorted on disk: Jena's spilling {@link SortedDataBag} holds
 * at most {@link #IN_MEMORY} items and merges sorted spill files, so the report's memory does not grow
 * with the corpus. Items are written with their own small binary {@link Codec}.
 */
final class Spill {

    /** Items held before a spill: a few MB of report rows, however many pages a run has. */
    static final long IN_MEMORY = 10_000;

    private Spill() {
    }

    /** How one kind of item is written to a spill file and read back. */
    interface Codec<T> {
        void write(DataOutputStream out, T item) throws IOException;

        T read(DataInputStream in) throws IOException;
    }

    static <T> SortedDataBag<T> sortedBag(Codec<T> codec, Comparator<T> order) {
        return sortedBag(codec, order, IN_MEMORY);
    }

    /** As above, spilling every {@code inMemory} items (tests spill after a few). */
    static <T> SortedDataBag<T> sortedBag(Codec<T> codec, Comparator<T> order, long inMemory) {
        return BagFactory.newSortedBag(ThresholdPolicyFactory.<T>count(inMemory), new Serialization<>(codec), order);
    }

    /** A string of any length (DataOutput's own UTF form stops at 64 KB). */
    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void writeStrings(DataOutputStream out, List<String> items) throws IOException {
        out.writeInt(items.size());
        for (String s : items) {
            writeString(out, s);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(readString(in));
        }
        return items;
    }

    private record Serialization<T>(Codec<T> codec) implements SerializationFactory<T> {

        @Override
        public Sink<T> createSerializer(OutputStream out) {
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
            return new Sink<>() {
                @Override
                public void send(T item) {
                    try {
                        data.writeBoolean(true);
                        codec.write(data, item);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void flush() {
                    try {
                        data.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() {
                    try {
                        data.writeBoolean(false);
                        data.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }

        @Override
        public Iterator<T> createDeserializer(InputStream in) {
            DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
            return new Iterator<>() {
                private T next;
                private boolean done;

                @Override
                public boolean hasNext() {
                    if (next == null && !done) {
                        try {
                            if (data.readBoolean()) {
                                next = codec.read(data);
                            } else {
                                done = true;
                            }
                        } catch (EOFException e) {
                            done = true;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return next != null;
                }

                @Override
                public T next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    T item = next;
                    next = null;
                    return item;
                }
            };
        }
    }
}
