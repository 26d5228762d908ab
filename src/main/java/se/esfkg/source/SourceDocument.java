package se.esfkg.source;

import java.util.List;
import java.util.Objects;
import se.esfkg.problem.SourceLocation;

/**
 * One input file, decoded: its name (as written in messages and provenance), its text in Unicode
 * NFC with LF line endings, and the SHA-256 of its bytes as read from disk.
 */
public record SourceDocument(String name, String text, String sha256) {

    public SourceDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The text split into lines; line {@code i} of the file is element {@code i - 1}. */
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }

    public SourceLocation location(int line, String field) {
        return new SourceLocation(name, line, field);
    }
}
