package se.esfkg.web.dump;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import se.esfkg.output.RdfSyntax;
import se.esfkg.publish.Checksums;
import se.esfkg.publish.FileChecksum;

/**
 * A file of a release as the web serves it: its bytes on disk, the SHA-256 its SHA256SUMS lists
 * (which is also its ETag, so the catalog's checksum and the ETag name the same bytes), and its
 * media type. Gzipped files are served as {@code application/gzip}, never with
 * {@code Content-Encoding}, so what a client saves is exactly the file the checksum describes.
 * {@code gzipped} is the copy written when the release was made ({@link se.esfkg.publish.Precompressed}).
 */
public record PublishedFile(Path path, FileChecksum checksum, Instant lastModified, MediaType mediaType,
        Optional<Path> gzipped) {

    public PublishedFile(Path path, FileChecksum checksum, Instant lastModified, MediaType mediaType) {
        this(path, checksum, lastModified, mediaType, Optional.empty());
    }

    public String name() {
        return checksum.fileName();
    }

    /** A strong ETag: the SHA-256 of the bytes. */
    public String etag() {
        return "\"" + checksum.sha256() + "\"";
    }

    /** Worth compressing on the fly: text, and not already packed. */
    public boolean compressible() {
        return !name().endsWith(".gz") && checksum.bytes() > 1024;
    }

    static MediaType mediaTypeOf(String name) {
        if (name.endsWith(".gz")) {
            return MediaType.parseMediaType("application/gzip");
        }
        if (name.equals(Checksums.FILE)) {
            return new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);
        }
        if (name.endsWith(".tsv")) {
            return new MediaType("text", "tab-separated-values", java.nio.charset.StandardCharsets.UTF_8);
        }
        if (name.equals(RdfSyntax.JSONLD_CONTEXT_FILE)) {
            return MediaType.parseMediaType(RdfSyntax.JSONLD.mediaType());
        }
        String suffix = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return RdfSyntax.byFileName(name).or(() -> RdfSyntax.bySuffix(suffix))
                .map(s -> MediaType.parseMediaType(s.mediaType()))
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
    }
}
