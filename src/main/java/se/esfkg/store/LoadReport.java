package se.esfkg.store;

import java.nio.file.Path;
import java.util.Set;

/**
 * What one load did. {@code loaded} are the graphs whose quads were read from the input in this
 * load; in a patch every other graph stayed in the database untouched.
 *
 * @param generation what readers now see: {@code db-7}, or {@code db-7.3} after three in-place patches
 * @param databaseBytes the size of the database's TDB2 files now (0 if not measured)
 * @param fullBuildBytes their size right after the database's full build (0 if unknown)
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
        long millis,
        String generation,
        long databaseBytes,
        long fullBuildBytes) {

    public enum Outcome {
        /** The input matched the live database; nothing was built. */
        UNCHANGED,
        /** A new database was built from the input alone. */
        FULL,
        /** Only the changed graphs were replaced, in the live database, by the loader (no server was running). */
        PATCH,
        /** Only the changed graphs were replaced, in the live database, by the server that holds it. */
        PATCH_BY_SERVER
    }

    public LoadReport {
        loaded = Set.copyOf(loaded);
        added = Set.copyOf(added);
        changed = Set.copyOf(changed);
        removed = Set.copyOf(removed);
        generation = generation == null ? database.getFileName().toString() : generation;
    }

    public LoadReport(Outcome outcome, Path database, Set<String> loaded, Set<String> added, Set<String> changed,
            Set<String> removed, int unchanged, long quadsInDatabase, long quadsLoaded, long textEntries, long millis) {
        this(outcome, database, loaded, added, changed, removed, unchanged, quadsInDatabase, quadsLoaded, textEntries,
                millis, null, 0, 0);
    }

    public LoadReport withSize(String generation, long databaseBytes, long fullBuildBytes) {
        return new LoadReport(outcome, database, loaded, added, changed, removed, unchanged, quadsInDatabase,
                quadsLoaded, textEntries, millis, generation, databaseBytes, fullBuildBytes);
    }

    public boolean isPatch() {
        return outcome == Outcome.PATCH || outcome == Outcome.PATCH_BY_SERVER;
    }

    /** The database's growth since its full build (TDB2 does not reclaim deleted quads); 1 if unknown. */
    public double growth() {
        return fullBuildBytes <= 0 || databaseBytes <= 0 ? 1.0 : (double) databaseBytes / fullBuildBytes;
    }

    /** Whether the database has grown enough through patches that {@code load --full} should start afresh. */
    public boolean rebuildDue() {
        return growth() >= Revision.REBUILD_DUE;
    }

    public String summary() {
        return switch (outcome) {
            case UNCHANGED -> "unchanged: " + unchanged + " graphs already live in " + database.getFileName();
            case FULL -> String.format(
                    "full build %s in %d ms: %d graphs loaded (%d added, %d changed), %d removed, %d kept; "
                            + "%d quads loaded, %d in database, %d text entries indexed",
                    database.getFileName(), millis, loaded.size(), added.size(), changed.size(), removed.size(),
                    unchanged, quadsLoaded, quadsInDatabase, textEntries);
            case PATCH, PATCH_BY_SERVER -> String.format(
                    "%s of %s, now %s, in %d ms: %d graphs loaded (%d added, %d changed), %d removed, %d kept; "
                            + "%d quads loaded, %d in database, %d text entries indexed",
                    outcome == Outcome.PATCH ? "patch (in place)" : "patch (in place, by the server)",
                    database.getFileName(), generation, millis, loaded.size(), added.size(), changed.size(),
                    removed.size(), unchanged, quadsLoaded, quadsInDatabase, textEntries);
        };
    }

    /** The database's size against its full build, and whether a rebuild is due; empty if not measured. */
    public String sizeNote() {
        if (databaseBytes <= 0) {
            return "";
        }
        String size = String.format("database %s: %.1f MB", generation, databaseBytes / 1e6);
        if (fullBuildBytes <= 0 || outcome == Outcome.FULL) {
            return size;
        }
        return size + String.format(", %.2fx its size after its full build", growth())
                + (rebuildDue() ? "; TDB2 keeps the space of replaced quads, a fresh build is due: load --full" : "");
    }
}
