package se.esfkg.parse;

import java.util.Objects;
import se.esfkg.problem.SourceLocation;

/** One bullet of a Medfinansiärer, Samarbetspartners or Kommun list, with where it stands. */
public record ListItem(String text, SourceLocation location) {

    public ListItem {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }
}
