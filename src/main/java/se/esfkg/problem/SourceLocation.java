package se.esfkg.problem;

import java.util.Objects;

/**
 * Where a value or a problem comes from: a file, a 1-based line (0 when the whole file is meant) and
 * the field being read (may be empty). Printed the way Rio prints parse positions, so that every
 * message ends in something a user can open in an editor.
 */
public record SourceLocation(String file, int line, String field) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
        field = field == null ? "" : field;
    }

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, "");
    }

    public SourceLocation at(int newLine, String newField) {
        return new SourceLocation(file, newLine, newField);
    }

    public SourceLocation withField(String newField) {
        return new SourceLocation(file, line, newField);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[").append(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (!field.isEmpty()) {
            sb.append(", ").append(field);
        }
        return sb.append(']').toString();
    }
}
