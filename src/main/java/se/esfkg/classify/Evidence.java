package se.esfkg.classify;

import java.util.Objects;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.SourceLocation;

/**
 * Why a concept was assigned: the phrase as it stands in the text, the sentence around it, the
 * section it stands in (null kind for evidence from a list such as Kommun) and the rule that fired
 * ({@code phrase:en väg in}, {@code municipalities>=2}).
 */
public record Evidence(SectionKind section, String matchedPhrase, String quote, String rule,
        SourceLocation location) {

    public Evidence {
        Objects.requireNonNull(matchedPhrase, "matchedPhrase");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
    }
}
