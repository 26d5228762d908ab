package se.esfkg.publish.dcat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.esfkg.publish.FileChecksum;
import se.esfkg.publish.PublishSettings;
import se.esfkg.publish.stats.CorpusStatistics;

/**
 * Everything one catalog states: configuration, the corpus figures, the dump files as published
 * (sizes and checksums of the bytes served), dates, and for a release its number and change set.
 */
public record CatalogInput(
        PublishSettings settings,
        CorpusStatistics statistics,
        List<FileChecksum> dumps,
        Instant issued,
        Instant modified,
        Optional<String> version,
        Optional<ChangeSetLink> changes) {

    public CatalogInput {
        dumps = List.copyOf(dumps);
        if (modified.isBefore(issued)) {
            throw new IllegalArgumentException("modified " + modified + " is before issued " + issued);
        }
    }

    /** The change set from {@code previous} to {@code release}, published in the release's folder. */
    public record ChangeSetLink(int release, int previous, long added, long removed, FileChecksum rdfPatch,
            FileChecksum addedQuads, FileChecksum removedQuads) {
    }
}
