package se.esfkg.web.conneg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.MediaType;

import se.esfkg.output.RdfSyntax;

/**
 * One way a resource can be sent: a page for people, or one of the registered RDF syntaxes. The
 * suffix names the document on the web ({@code /id/project/x.ttl}); the media types are those that ask
 * for it, the preferred first.
 */
public record Representation(String suffix, List<MediaType> mediaTypes, Optional<RdfSyntax> syntax) {

    public static final Representation HTML = new Representation("html",
            List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML), Optional.empty());

    public Representation {
        mediaTypes = List.copyOf(mediaTypes);
        if (mediaTypes.isEmpty()) {
            throw new IllegalArgumentException("a representation needs a media type: " + suffix);
        }
    }

    public static Representation of(RdfSyntax syntax) {
        return new Representation(syntax.suffix(),
                syntax.mediaTypes().stream().map(MediaType::parseMediaType).toList(), Optional.of(syntax));
    }

    /** HTML and every RDF syntax of the output registry, in the registry's order. */
    public static List<Representation> all() {
        List<Representation> all = new ArrayList<>();
        all.add(HTML);
        Arrays.stream(RdfSyntax.values()).map(Representation::of).forEach(all::add);
        return all;
    }

    public static List<Representation> rdf() {
        return all().stream().filter(r -> !r.isHtml()).toList();
    }

    /** The representation a document suffix names ({@code ttl}, {@code html}, …). */
    public static Optional<Representation> bySuffix(String suffix) {
        return all().stream().filter(r -> r.suffix.equalsIgnoreCase(suffix)).findFirst();
    }

    public boolean isHtml() {
        return syntax.isEmpty();
    }

    /** The type sent in {@code Content-Type} (text types with {@code charset=UTF-8}). */
    public MediaType contentType() {
        MediaType preferred = mediaTypes.get(0);
        return "text".equals(preferred.getType()) || isHtml()
                ? new MediaType(preferred, java.nio.charset.StandardCharsets.UTF_8) : preferred;
    }
}
