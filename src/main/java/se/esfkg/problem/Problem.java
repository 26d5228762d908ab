package se.esfkg.problem;

import java.util.Objects;

/** One located problem: {@code bad date "2014-13-02" [page-0042.txt:14, Projektperiod]}. */
public record Problem(Severity severity, SourceLocation location, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message + " " + location;
    }
}
