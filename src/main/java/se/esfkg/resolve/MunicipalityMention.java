package se.esfkg.resolve;

import java.util.Objects;
import se.esfkg.problem.SourceLocation;

/**
 * A municipality named in free text (not declared in a Kommun list): the words matched, the
 * sentence they stand in (the evidence), and where (field = section heading).
 */
public record MunicipalityMention(Municipality municipality, String matchedText, String sentence,
        SourceLocation location) {

    public MunicipalityMention {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(matchedText, "matchedText");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(location, "location");
    }
}
