package se.esfkg.pipeline;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import se.esfkg.parse.Layout;

/**
 * Every project a run has written, for the identity rule: by a fingerprint of its IRI, the file that
 * first wrote it (an index into the run's input files), whether it carried a number, the layouts
 * that wrote it, and the fields the rule compares. Those fields are needed only when a second record
 * of the project arrives, so they wait in a temporary file; memory holds some 40 bytes a project.
 */
final class ProjectsSeen implements AutoCloseable {

    private final FingerprintTable index = new FingerprintTable();
    private int[] files = new int[1 << 10];
    private int[] layouts = new int[1 << 10];
    private long[] firstAt = new long[1 << 10];
    private int size;
    private final Path spill;
    private final OutputStream out;
    private final FileChannel in;
    private long written;

    ProjectsSeen() {
        try {
            spill = Files.createTempFile("esf-kg-projects-", ".bin");
            out = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16);
            in = FileChannel.open(spill, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A project seen before: where it was first written and what that record said. */
    record Seen(int id, int file, boolean hasNumber, ConvertPipeline.Sameness first) {
    }

    Optional<Seen> find(String projectIri) {
        int id = index.get(FingerprintTable.Fingerprint.of(projectIri));
        if (id == FingerprintTable.ABSENT) {
            return Optional.empty();
        }
        return Optional.of(new Seen(id, files[id], firstAt[id] >= 0, read(Math.abs(firstAt[id]) - 1)));
    }

    boolean hasLayout(Seen seen, Layout layout) {
        return (layouts[seen.id()] & (1 << layout.ordinal())) != 0;
    }

    void addLayout(Seen seen, Layout layout) {
        layouts[seen.id()] |= 1 << layout.ordinal();
    }

    /** Records the first record of a project not seen before. */
    void add(String projectIri, int file, boolean hasNumber, Layout layout, ConvertPipeline.Sameness first) {
        if (size == files.length) {
            files = Arrays.copyOf(files, size * 2);
            layouts = Arrays.copyOf(layouts, size * 2);
            firstAt = Arrays.copyOf(firstAt, size * 2);
        }
        files[size] = file;
        layouts[size] = 1 << layout.ordinal();
        // Offset + 1, negative for a project without a number: one long says both.
        long at = write(first) + 1;
        firstAt[size] = hasNumber ? at : -at;
        index.putIfAbsent(FingerprintTable.Fingerprint.of(projectIri), size);
        size++;
    }

    private long write(ConvertPipeline.Sameness s) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
            DataOutputStream data = new DataOutputStream(bytes);
            writeString(data, s.title());
            writeString(data, s.ownerName().orElse(""));
            data.writeBoolean(s.ownerName().isPresent());
            data.writeLong(s.startDate().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
            data.writeLong(s.endDate().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
            data.flush();
            long at = written;
            out.write(ByteBuffer.allocate(4).putInt(bytes.size()).array());
            bytes.writeTo(out);
            written += 4 + bytes.size();
            return at;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ConvertPipeline.Sameness read(long at) {
        try {
            out.flush();
            ByteBuffer length = ByteBuffer.allocate(4);
            readFully(length, at);
            ByteBuffer record = ByteBuffer.allocate(length.flip().getInt());
            readFully(record, at + 4);
            DataInputStream data = new DataInputStream(new java.io.ByteArrayInputStream(record.array()));
            String title = readString(data);
            String owner = readString(data);
            boolean hasOwner = data.readBoolean();
            long start = data.readLong();
            long end = data.readLong();
            return new ConvertPipeline.Sameness(title, hasOwner ? Optional.of(owner) : Optional.empty(), day(start),
                    day(end));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readFully(ByteBuffer buffer, long at) throws IOException {
        while (buffer.hasRemaining()) {
            if (in.read(buffer, at + buffer.position()) < 0) {
                throw new IOException("the projects file ends early");
            }
        }
    }

    private static Optional<LocalDate> day(long epochDay) {
        return epochDay == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
    }

    /** As UTF-8 behind its length: DataOutput's own form stops at 64 KB, and a title may be longer. */
    private static void writeString(DataOutputStream data, String s) throws IOException {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        data.writeInt(utf8.length);
        data.write(utf8);
    }

    private static String readString(DataInputStream data) throws IOException {
        byte[] utf8 = new byte[data.readInt()];
        data.readFully(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            out.close();
            in.close();
            Files.deleteIfExists(spill);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
