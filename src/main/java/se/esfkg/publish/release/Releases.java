package se.esfkg.publish.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IOX;
import se.esfkg.output.FileDigests;
import se.esfkg.output.GraphIndex;
import se.esfkg.output.RdfSyntax;
import se.esfkg.publish.Checksums;
import se.esfkg.publish.FileChecksum;
import se.esfkg.publish.Precompressed;
import se.esfkg.publish.PublicUrls;
import se.esfkg.publish.PublishSettings;
import se.esfkg.publish.PublishedFolder;
import se.esfkg.publish.dcat.CatalogInput;
import se.esfkg.publish.stats.StatisticsFile;
import se.esfkg.publish.stats.StatisticsSource;

/**
 * The release history in {@code data/releases/}:
 * <pre>
 * releases/3/release.properties   number, date, previous release, figures
 * releases/3/esf-kg.*             the dumps (kept for the newest {@value #KEEP_DUMPS} releases)
 * releases/3/catalog.rdf|ttl|jsonld, void.ttl, SHA256SUMS
 * releases/3/changes.rdfp.gz      from release 2: RDF Patch (deletes, then adds, one transaction)
 * releases/3/changes-added.nq.gz, changes-removed.nq.gz, changes.tsv (quads per graph)
 * </pre>
 * A release is prepared in a hidden folder beside the others and renamed to its number only when
 * complete, so a reader sees a release whole or not at all. Older releases keep their catalog,
 * VoID, checksums and change set, so a user holding any kept dump can still patch forward.
 */
public final class Releases {

    public static final String FOLDER = "releases";
    /** Releases whose dumps are kept; older ones keep only their description and change set. */
    public static final int KEEP_DUMPS = 3;
    static final String OWED = "release-owed";

    private final Path root;
    private final FileDigests digests;

    public Releases(Path dataDir) {
        this(dataDir, new FileDigests());
    }

    /** {@code digests}: the hashes the calling command shares, so that each dump is read once. */
    public Releases(Path dataDir, FileDigests digests) {
        this.root = dataDir.toAbsolutePath().normalize().resolve(FOLDER);
        this.digests = digests;
    }

    public Path root() {
        return root;
    }

    /** The hashes shared with the command that made this. */
    public FileDigests digests() {
        return digests;
    }

    /** Every complete release, oldest first. */
    public List<Release> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Release> releases = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(p -> p.getFileName().toString().matches("\\d+") && Files.isRegularFile(p.resolve(Release.FILE)))
                    .forEach(p -> releases.add(Release.read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        releases.sort(Comparator.comparingInt(Release::number));
        return releases;
    }

    public Optional<Release> latest() {
        List<Release> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public Optional<Release> get(int number) {
        Path folder = root.resolve(Integer.toString(number));
        return Files.isRegularFile(folder.resolve(Release.FILE)) ? Optional.of(Release.read(folder)) : Optional.empty();
    }

    /**
     * The latest release, if it already publishes exactly these dumps: every dump file of the input
     * has the same SHA-256 as the release's copy, and the release has no dump the input lacks. Hashing
     * is I/O; preparing a release (statistics, change set, compressed copies) costs minutes at scale,
     * only to be discarded when the data is unchanged.
     */
    public Optional<Release> publishing(Path input) {
        Optional<Release> latest = latest();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        List<FileChecksum> published = checksums(latest.get());
        List<String> names = Files.isDirectory(input) ? PublishedFolder.dumpFileNames()
                : List.of(RdfSyntax.NQUADS.fileName());
        for (String name : names) {
            Path mine = Files.isDirectory(input) ? input.resolve(name) : input;
            Optional<FileChecksum> theirs = Checksums.find(published, name)
                    .filter(c -> Files.isRegularFile(latest.get().folder().resolve(name)));
            if (Files.isRegularFile(mine) != theirs.isPresent()) {
                return Optional.empty();
            }
            try {
                if (theirs.isPresent() && !digests.sha256(mine).equals(theirs.get().sha256())) {
                    return Optional.empty();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return latest;
    }

    /**
     * Builds the next release from a converter output folder (or a lone {@code .nq.gz}) without
     * making it visible; {@link Pending#commit()} publishes it once the load has succeeded.
     */
    public Pending prepare(Path input, PublishSettings settings, String dataSpace, Instant now) {
        return reserve().prepare(input, settings, dataSpace, now, StatisticsSource.dumpScan());
    }

    /**
     * Takes the release lock now, for a release prepared later: {@code load} reserves before it
     * touches the database and prepares after the data is live, so two loads still cannot race for
     * one release number, and the data's change is not held back by the release's minutes.
     */
    public Reservation reserve() {
        return new Reservation(ReleaseLock.take(root));
    }

    /** The release lock, held; {@link #prepare} hands it to the pending release, {@link #close} lets go. */
    public final class Reservation implements AutoCloseable {
        private final ReleaseLock lock;
        private boolean handedOn;

        private Reservation(ReleaseLock lock) {
            this.lock = lock;
        }

        public Pending prepare(Path input, PublishSettings settings, String dataSpace, Instant now) {
            return prepare(input, settings, dataSpace, now, StatisticsSource.dumpScan());
        }

        /** As {@link #prepare(Path, PublishSettings, String, Instant)}, VoID's figures from {@code source}. */
        public Pending prepare(Path input, PublishSettings settings, String dataSpace, Instant now,
                StatisticsSource source) {
            if (handedOn) {
                throw new IllegalStateException("this reservation already made a release");
            }
            try {
                Pending pending = prepareLocked(input, settings, dataSpace, now, lock, source);
                handedOn = true;
                return pending;
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public void close() {
            if (!handedOn) {
                handedOn = true;
                lock.close();
            }
        }
    }

    /**
     * {@code releases/release-owed}: written before a load changes the live data, deleted when the
     * release describing it is published. It outlives a release that failed (or a process that died)
     * after the data switched, so the next load of the same dumps makes the release even though the
     * data is then unchanged.
     */
    public boolean owed() {
        return Files.isRegularFile(root.resolve(OWED));
    }

    public void owe() {
        try {
            Files.createDirectories(root);
            Files.writeString(root.resolve(OWED), "a load changed the data; its release is not yet published\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #owe()}, saying what the release needs, so that another process can make it. */
    public void owe(OwedRelease what) {
        try {
            Files.createDirectories(root);
            Path pending = Files.createTempFile(root, ".owed-", ".tmp");
            what.write(pending);
            Files.move(pending, root.resolve(OWED), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the owed release needs, if a release is owed and its marker says. */
    public Optional<OwedRelease> owedRelease() {
        return OwedRelease.read(root.resolve(OWED));
    }

    public void settle() {
        try {
            Files.deleteIfExists(root.resolve(OWED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Pending prepareLocked(Path input, PublishSettings settings, String dataSpace, Instant now, ReleaseLock lock,
            StatisticsSource source) {
        Optional<Release> previous = latest();
        int number = previous.map(r -> r.number() + 1).orElse(1);
        PublicUrls urls = settings.urls();
        Path folder;
        try {
            Files.createDirectories(root);
            folder = Files.createTempDirectory(root, ".pending-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Steps steps = new Steps();
        try {
            copyDumps(input, folder);
            steps.done("dumps linked");
            Path dump = folder.resolve(RdfSyntax.NQUADS.fileName());
            Optional<ChangeSet> changes = Optional.empty();
            Optional<Path> previousDump = previous.map(r -> r.folder().resolve(RdfSyntax.NQUADS.fileName()))
                    .filter(Files::isRegularFile);
            if (previousDump.isPresent()) {
                int from = previous.get().number();
                changes = Optional.of(ChangeSetWriter.write(previousDump.get(), dump, folder, from, number,
                        urls.release(from), urls.release(number), digests));
                steps.done("change set");
            }
            Instant firstIssued = list().stream().findFirst().map(Release::issued).orElse(now);
            Optional<CatalogInput.ChangeSetLink> link = changes.map(c -> new CatalogInput.ChangeSetLink(number,
                    c.from(), c.added(), c.removed(), FileChecksum.of(folder.resolve(ChangeSet.RDF_PATCH)),
                    FileChecksum.of(folder.resolve(ChangeSet.ADDED)), FileChecksum.of(folder.resolve(ChangeSet.REMOVED))));
            List<String> changeFiles = changes.isPresent()
                    ? List.of(ChangeSet.RDF_PATCH, ChangeSet.ADDED, ChangeSet.REMOVED, ChangeSet.COUNTS) : List.of();
            // Timed apart: the figures were the whole cost of a small change's release at scale.
            StatisticsSource timed = new StatisticsSource() {
                @Override
                public se.esfkg.publish.stats.CorpusStatistics of(Path nquads, String space) {
                    steps.done("dumps hashed");
                    se.esfkg.publish.stats.CorpusStatistics figures = source.of(nquads, space);
                    steps.done(source.name());
                    return figures;
                }

                @Override
                public String name() {
                    return source.name();
                }
            };
            PublishedFolder.Result published = PublishedFolder.write(folder, settings, dataSpace,
                    new PublishedFolder.Stamp(firstIssued, now, Optional.of(Integer.toString(number)), link, changeFiles),
                    timed, digests);
            steps.done("catalog, VoID and checksums");
            Precompressed.write(folder, PublishedFolder.dumpFileNames());
            steps.done("compressed copies");
            Release release = new Release(number, now, changes.map(ChangeSet::from), published.statistics().triples(),
                    published.statistics().projects(), changes.map(ChangeSet::added).orElse(0L),
                    changes.map(ChangeSet::removed).orElse(0L), folder);
            release.write();
            return new Pending(release, changes, published, steps.toString(), lock);
        } catch (RuntimeException e) {
            deleteTree(folder);
            throw e;
        }
    }

    /** A prepared release, not yet visible. */
    public final class Pending {
        private final Release release;
        private final Optional<ChangeSet> changes;
        private final PublishedFolder.Result published;
        private final String timings;
        private final ReleaseLock lock;

        Pending(Release release, Optional<ChangeSet> changes, PublishedFolder.Result published, String timings,
                ReleaseLock lock) {
            this.release = release;
            this.changes = changes;
            this.published = published;
            this.timings = timings;
            this.lock = lock;
        }

        /** Where the preparation's time went, e.g. {@code dumps linked 0.0 s, change set 0.2 s, …}. */
        public String timings() {
            return timings;
        }

        public int number() {
            return release.number();
        }

        public Optional<ChangeSet> changes() {
            return changes;
        }

        public PublishedFolder.Result published() {
            return published;
        }

        /** Renames the folder to its number and drops the dumps of releases no longer kept. */
        public Release commit() {
            try (lock) {
                Path target = root.resolve(Integer.toString(release.number()));
                try {
                    if (Files.exists(target)) {
                        throw new IllegalStateException("release " + release.number() + " already exists: " + target);
                    }
                    Files.move(release.folder(), target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                pruneDumps();
                return Release.read(target);
            }
        }

        public void discard() {
            try (lock) {
                deleteTree(release.folder());
            }
        }
    }

    private void pruneDumps() {
        List<Release> all = list();
        for (int i = 0; i < all.size() - KEEP_DUMPS; i++) {
            Precompressed.delete(all.get(i).folder());
            for (String name : PublishedFolder.dumpFileNames()) {
                try {
                    Files.deleteIfExists(all.get(i).folder().resolve(name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Wall-clock time per step of a preparation, for the operator and the benchmarks. */
    private static final class Steps {
        private final StringBuilder text = new StringBuilder();
        private long start = System.nanoTime();

        void done(String step) {
            long now = System.nanoTime();
            text.append(text.length() == 0 ? "" : ", ").append(step).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.1f s", (now - start) / 1e9));
            start = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * A dump enters a release as a hard link when the file system allows (the same bytes, no copy:
     * 375 MB at 100,000 pages), else as a copy. Safe because nothing writes a dump in place: the
     * converter writes beside its output and renames over it, which leaves the release's link on the
     * old bytes, and a release never changes once published.
     */
    static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(to);
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void copyDumps(Path input, Path folder) {
        try {
            if (Files.isDirectory(input)) {
                for (String name : PublishedFolder.dumpFileNames()) {
                    Path f = input.resolve(name);
                    if (Files.isRegularFile(f)) {
                        linkOrCopy(f, folder.resolve(name));
                    }
                }
                // The converter's statistics of the same dump, reused if its SHA-256 still matches; a
                // copy, not a link, because the release rewrites it when it does not.
                Path statistics = input.resolve(StatisticsFile.FILE);
                if (Files.isRegularFile(statistics)) {
                    Files.copy(statistics, folder.resolve(StatisticsFile.FILE), StandardCopyOption.COPY_ATTRIBUTES);
                }
            } else if (input.getFileName().toString().endsWith(".nq.gz")) {
                linkOrCopy(input, folder.resolve(RdfSyntax.NQUADS.fileName()));
                Path index = input.resolveSibling(GraphIndex.FILE);
                if (Files.isRegularFile(index)) {
                    // Kept only if it describes the copied bytes; the change set checks that.
                    Files.copy(index, folder.resolve(GraphIndex.FILE));
                }
            } else {
                throw new IllegalArgumentException("a release needs the converter's folder or its "
                        + RdfSyntax.NQUADS.fileName() + ", not " + input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checksums a release published (its SHA256SUMS). */
    public static List<FileChecksum> checksums(Release release) {
        return Checksums.read(release.folder());
    }

    /** Jena's own recursive delete; a folder that is already gone is fine. */
    static void deleteTree(Path dir) {
        if (Files.exists(dir)) {
            IOX.deleteAll(dir);
        }
    }
}
