package se.esfkg.problem;

import java.util.Objects;

/**
 * Where a value or a problem comes from: a file, a 1-based line and the field being read (may be
 * empty). Printed the way Rio prints parse positions, so that every message ends in something a user
 * can open in an editor. Every location names a line: one about the whole file (an empty page, a page
 * no reader recognises) stands at the file's first line, the nearest line there is.
 */
public record SourceLocation(String file, int line, String field) {

    /** Where a problem about the whole file is placed. */
    public static final int FIRST_LINE = 1;

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 1: " + line);
        }
        if (line == 0) {
            line = FIRST_LINE;
        }
        field = field == null ? "" : field;
    }

    /** The file as a whole, placed at its first line. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, FIRST_LINE, "");
    }

    public SourceLocation at(int newLine, String newField) {
        return new SourceLocation(file, newLine, newField);
    }

    public SourceLocation withField(String newField) {
        return new SourceLocation(file, line, newField);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[").append(file).append(':').append(line);
        if (!field.isEmpty()) {
            sb.append(", ").append(field);
        }
        return sb.append(']').toString();
    }
}
