package se.esfkg.parse;

import java.util.Objects;
import se.esfkg.problem.SourceLocation;

/**
 * One text section of a project as published: its heading as written (empty for a description
 * without heading), its kind, the text, the text's language tag and whether the source marked it
 * as cut short ({@code All text fick ej plats se akten.}).
 */
public record Section(String heading, SectionKind kind, String text, String language, boolean truncated,
        SourceLocation location) {

    public Section {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(location, "location");
    }
}
