package se.esfkg.classify;

import java.math.BigDecimal;
import java.util.Objects;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.SourceLocation;

/**
 * Why a concept was assigned: the phrase as it stands in the text, the sentence around it, the
 * section it stands in (null kind for evidence from a list such as Kommun or Samverkanspartner),
 * the rule that fired ({@code phrase:en väg in}, {@code municipalities>=2},
 * {@code organisation-kind:company}) and how much this one piece of evidence says, from 0 to 1
 * ({@code classify/confidence.csv}).
 */
public record Evidence(SectionKind section, String matchedPhrase, String quote, String rule,
        SourceLocation location, BigDecimal confidence) {

    public Evidence {
        Objects.requireNonNull(matchedPhrase, "matchedPhrase");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(confidence, "confidence");
        if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
    }
}
