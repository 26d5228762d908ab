package se.esfkg.parse;

import java.util.Objects;
import se.esfkg.problem.SourceLocation;

/**
 * Where a record was read, carried with it through every stage: the file and line of its title (or
 * row), the file's SHA-256, and the layout that read it.
 */
public record SourceReference(SourceLocation location, String sha256, Layout layout) {

    public SourceReference {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(layout, "layout");
    }

    public String file() {
        return location.file();
    }

    public int line() {
        return location.line();
    }

    /** The record's line with another field named, for a problem about that field. */
    public SourceLocation withField(String field) {
        return location.withField(field);
    }
}
