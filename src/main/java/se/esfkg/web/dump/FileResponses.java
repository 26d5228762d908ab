package se.esfkg.web.dump;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * One published file as an HTTP response. The plain case returns the file as a Spring
 * {@code Resource}, which gives {@code Content-Length}, HEAD, {@code Range} (206, multipart for
 * several ranges) and, from the ETag and {@code Last-Modified} set here, 304 for conditional
 * requests. A client that accepts gzip gets an uncompressed dump gzipped (a separate
 * representation with its own ETag): from the copy written with the release when there is one,
 * which also answers Range; otherwise, for a release made before such copies, compressed on the
 * fly for whole-file requests. A {@code .gz} file is never compressed again.
 */
public final class FileResponses {

    private FileResponses() {
    }

    public static ResponseEntity<?> serve(PublishedFile file, HttpServletRequest request, CacheControl cache) {
        return serve(file, request, cache, new HttpHeaders());
    }

    /** As above, with {@code extra} headers (a negotiated resource adds Vary and Content-Location). */
    public static ResponseEntity<?> serve(PublishedFile file, HttpServletRequest request, CacheControl cache,
            HttpHeaders extra) {
        boolean wantsGzip = file.compressible() && acceptsGzip(request);
        boolean gzip = wantsGzip && request.getHeader(HttpHeaders.RANGE) == null;
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .contentType(file.mediaType())
                .lastModified(file.lastModified())
                .cacheControl(cache)
                .headers(h -> h.addAll(extra));
        if (file.compressible()) {
            ok.varyBy(HttpHeaders.ACCEPT_ENCODING);
        }
        String etag = "\"" + file.checksum().sha256() + "-gzip\"";
        if (wantsGzip && file.gzipped().isPresent()) {
            // The copy made with the release: a file like any other, so length, Range and 304 come
            // from Spring as for the plain dump; its ETag names the gzip representation.
            return ok.eTag(etag).header(HttpHeaders.CONTENT_ENCODING, "gzip")
                    .body(new FileSystemResource(file.gzipped().get()));
        }
        if (!gzip) {
            return ok.eTag(file.etag()).body(new FileSystemResource(file.path()));
        }
        ServletWebRequest web = new ServletWebRequest(request);
        if (web.checkNotModified(etag, file.lastModified().toEpochMilli())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).varyBy(HttpHeaders.ACCEPT_ENCODING)
                    .cacheControl(cache).headers(h -> h.addAll(extra)).build();
        }
        // Written here rather than through a message converter: the body is the file gzipped as it
        // streams, of unknown length; returning null tells Spring the response is complete.
        HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getResponse();
        response.setStatus(HttpStatus.OK.value());
        ok.eTag(etag).header(HttpHeaders.CONTENT_ENCODING, "gzip").build().getHeaders()
                .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        if (!"HEAD".equals(request.getMethod())) {
            try {
                copyGzipped(file, response.getOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    private static void copyGzipped(PublishedFile file, OutputStream out) {
        try (InputStream in = Files.newInputStream(file.path())) {
            GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
            in.transferTo(gz);
            gz.finish();
            gz.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accept == null) {
            return false;
        }
        for (String part : accept.split(",")) {
            String[] coding = part.trim().split(";");
            if (coding[0].trim().equalsIgnoreCase("gzip")) {
                return !(coding.length > 1 && coding[1].trim().replace(" ", "").matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    /** The live release changes with each load: revalidate. A numbered release never changes. */
    public static CacheControl live() {
        return CacheControl.noCache();
    }

    public static CacheControl immutable() {
        return CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    }
}
