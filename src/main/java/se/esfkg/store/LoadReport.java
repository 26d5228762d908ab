package se.esfkg.store;

import java.nio.file.Path;
import java.util.Set;

/**
 * What one load did. {@code loaded} are the graphs whose quads were read from the input in this
 * load; in a patch build every other graph came over from the previous database untouched.
 */
public record LoadReport(
        Outcome outcome,
        Path database,
        Set<String> loaded,
        Set<String> added,
        Set<String> changed,
        Set<String> removed,
        int unchanged,
        long quadsInDatabase,
        long quadsLoaded,
        long textEntries,
        long millis) {

    public enum Outcome {
        /** The input matched the live database; nothing was built. */
        UNCHANGED,
        /** A new database was built from the input alone. */
        FULL,
        /** The live database was cloned and only changed graphs were replaced. */
        PATCH
    }

    public LoadReport {
        loaded = Set.copyOf(loaded);
        added = Set.copyOf(added);
        changed = Set.copyOf(changed);
        removed = Set.copyOf(removed);
    }

    public String summary() {
        return switch (outcome) {
            case UNCHANGED -> "unchanged: " + unchanged + " graphs already live in " + database.getFileName();
            case FULL, PATCH -> String.format(
                    "%s build %s in %d ms: %d graphs loaded (%d added, %d changed), %d removed, %d kept; "
                            + "%d quads loaded, %d in database, %d text entries indexed",
                    outcome == Outcome.FULL ? "full" : "patch", database.getFileName(), millis, loaded.size(),
                    added.size(), changed.size(), removed.size(), unchanged, quadsLoaded, quadsInDatabase, textEntries);
        };
    }
}
