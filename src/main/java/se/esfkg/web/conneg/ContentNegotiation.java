package se.esfkg.web.conneg;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Picks the representation of a resource for an {@code Accept} header (RFC 9110, 12.5.1).
 *
 * <p>Each representation gets the quality of the most specific range that matches one of its media
 * types ({@code text/turtle} before {@code text/*} before {@code *}{@code /*}); a range with
 * {@code q=0} refuses it. The highest quality wins; at equal quality a type named exactly beats one
 * reached through a wildcard, RDF beats HTML (a client that takes both equally is a program), and then
 * the registry's order decides (Turtle first). No header means {@code *}{@code /*}; a header that does
 * not parse is treated as absent rather than refused.
 */
public final class ContentNegotiation {

    private final List<Representation> offered;

    public ContentNegotiation(List<Representation> offered) {
        this.offered = List.copyOf(offered);
    }

    /** HTML and every registered RDF syntax. */
    public static ContentNegotiation standard() {
        return new ContentNegotiation(Representation.all());
    }

    /** The best representation for {@code accept}, or empty when nothing offered is acceptable (406). */
    public Optional<Representation> choose(String accept) {
        List<MediaType> ranges = parse(accept);
        return offered.stream()
                .map(r -> score(r, ranges))
                .flatMap(Optional::stream)
                .max(Comparator.comparingDouble(Score::quality)
                        .thenComparingInt(Score::specificity)
                        .thenComparing(s -> !s.representation().isHtml())
                        .thenComparing(s -> -offered.indexOf(s.representation())))
                .map(Score::representation);
    }

    private static List<MediaType> parse(String accept) {
        if (accept == null || accept.isBlank()) {
            return List.of(MediaType.ALL);
        }
        try {
            List<MediaType> ranges = MediaType.parseMediaTypes(accept);
            return ranges.isEmpty() ? List.of(MediaType.ALL) : ranges;
        } catch (InvalidMediaTypeException e) {
            return List.of(MediaType.ALL);
        }
    }

    private record Score(Representation representation, double quality, int specificity) {
    }

    private static Optional<Score> score(Representation r, List<MediaType> ranges) {
        Score best = null;
        for (MediaType type : r.mediaTypes()) {
            // The most specific matching range sets the quality, even when it lowers it.
            MediaType range = ranges.stream().filter(m -> m.includes(type))
                    .max(Comparator.comparingInt(ContentNegotiation::specificity)).orElse(null);
            if (range == null) {
                continue;
            }
            if (range.getQualityValue() <= 0) {
                if (specificity(range) == 2) {
                    return Optional.empty(); // refused by name: no alias brings it back
                }
                continue;
            }
            Score s = new Score(r, range.getQualityValue(), specificity(range));
            if (best == null || s.quality() > best.quality()
                    || (s.quality() == best.quality() && s.specificity() > best.specificity())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int specificity(MediaType range) {
        if (range.isWildcardType()) {
            return 0;
        }
        return range.isWildcardSubtype() ? 1 : 2;
    }
}
