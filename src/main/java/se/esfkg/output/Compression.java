package se.esfkg.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** How a published file is packed; DCAT's {@code dcat:compressFormat} names it by its IANA media type. */
public enum Compression {
    NONE(null, ""),
    GZIP("application/gzip", ".gz");

    private final String mediaType;
    private final String fileSuffix;

    Compression(String mediaType, String fileSuffix) {
        this.mediaType = mediaType;
        this.fileSuffix = fileSuffix;
    }

    /** The IANA media type of the packing, e.g. {@code application/gzip}; empty when not packed. */
    public Optional<String> mediaType() {
        return Optional.ofNullable(mediaType);
    }

    /** {@code http://www.iana.org/assignments/media-types/application/gzip}, as DCAT-AP asks. */
    public Optional<String> mediaTypeIri() {
        return mediaType().map(t -> "http://www.iana.org/assignments/media-types/" + t);
    }

    public String fileSuffix() {
        return fileSuffix;
    }

    /**
     * Packs what is written to {@code out}. Writers hand over a statement at a time; the buffer in
     * front of the compressor gives it large blocks instead, since each call into it has a fixed cost.
     */
    public OutputStream wrap(OutputStream out) throws IOException {
        return this == GZIP ? new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16), 1 << 16) : out;
    }

    public InputStream wrap(InputStream in) throws IOException {
        return this == GZIP ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
