package se.esfkg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Gzipped copies of a release's uncompressed dumps, written once when the release is made, so the
 * site serves {@code Content-Encoding: gzip} from a file (with its length, Range and a cheap 304)
 * instead of compressing the same bytes on every request. They live in {@code gzip/} inside the
 * release folder and are not in SHA256SUMS: the checksum names the decoded bytes, which are the dump.
 */
public final class Precompressed {

    public static final String FOLDER = "gzip";
    /** Below this a file is sent as it is; gzip's header and a round trip cost more than they save. */
    public static final long MIN_BYTES = 1024;

    private Precompressed() {
    }

    /** Writes {@code gzip/<name>.gz} for each named file that exists, is not packed already and is worth it. */
    public static void write(Path folder, List<String> names) {
        try {
            for (String name : names) {
                Path file = folder.resolve(name);
                if (name.endsWith(".gz") || !Files.isRegularFile(file) || Files.size(file) < MIN_BYTES) {
                    continue;
                }
                Path target = folder.resolve(FOLDER).resolve(name + ".gz");
                Files.createDirectories(target.getParent());
                try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(target);
                     GZIPOutputStream gz = new BestGzip(out)) {
                    in.transferTo(gz);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gzipped copy of a file in a release folder, if one was written. */
    public static Optional<Path> of(Path folder, String name) {
        Path gz = folder.resolve(FOLDER).resolve(name + ".gz");
        return Files.isRegularFile(gz) ? Optional.of(gz) : Optional.empty();
    }

    /** Drops a release's gzipped copies (when its dumps are pruned). */
    public static void delete(Path folder) {
        Path gz = folder.resolve(FOLDER);
        if (Files.exists(gz)) {
            org.apache.jena.atlas.io.IOX.deleteAll(gz);
        }
    }

    /** Written once and served many times: the best compression is worth its time. */
    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
