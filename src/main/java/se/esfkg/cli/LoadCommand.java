package se.esfkg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.esfkg.output.FileDigests;
import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.DatasetValidation;
import se.esfkg.publish.release.OwedRelease;
import se.esfkg.publish.release.Release;
import se.esfkg.publish.release.ReleaseInProgressException;
import se.esfkg.publish.release.Releases;
import se.esfkg.store.LoadReport;
import se.esfkg.store.QuadInput;
import se.esfkg.store.StoreException;
import se.esfkg.store.BulkLoader;
import se.esfkg.store.StoreLoader;
import se.esfkg.store.StoreDatabase;
import se.esfkg.publish.stats.StatisticsSource;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load converted N-Quads into a TDB2 database with a Swedish full-text index.",
            "A small change is applied to the live database in one transaction (by the server, when one is running);",
            "a first load, --full or a large change builds beside the live database and switches atomically."})
public class LoadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<out-folder-or-nq.gz>",
            description = "The converter's output folder (with esf-kg.nq.gz) or an .nq/.nq.gz file.")
    Path input;

    @Mixin
    DataFolderOption data;

    @Option(names = "--full", description = "Build a fresh database from the whole input instead of patching the live one in place.")
    boolean full;

    @Option(names = "--shacl", description = "Also validate every page graph against the SHACL shapes before switching.")
    boolean shacl;

    @Mixin
    BaseIriOption base;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "parallel", converter = LoaderKind.class,
            description = "TDB2 bulk loader for a full build: parallel, phased or sequential (default: ${DEFAULT-VALUE})."
                    + " A full build is never live until it is complete, so all three are crash-safe here.")
    BulkLoader bulkLoader;

    @Mixin
    PublishOptions publish;

    @Option(names = "--release-later", hidden = true,
            description = "Make the data live and leave its release owed, for the server to make in the background (up uses it).")
    boolean releaseLater;

    static final class LoaderKind implements picocli.CommandLine.ITypeConverter<BulkLoader> {
        @Override
        public BulkLoader convert(String value) {
            return BulkLoader.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Spec
    CommandSpec spec;

    /**
     * The release's VoID figures from the database this load just made live, which holds the dump's
     * quads in sorted indexes (seconds), rather than from sorting the dump on disk (minutes at
     * scale). When a running server applied the change, this process cannot open the database
     * (TDB2 allows one process), so the dump is scanned as before.
     */
    private static final class LiveFigures implements AutoCloseable {
        private final Optional<StoreDatabase> db;

        private LiveFigures(Optional<StoreDatabase> db) {
            this.db = db;
        }

        static LiveFigures of(LoadReport r) {
            if (r.outcome() == LoadReport.Outcome.PATCH_BY_SERVER) {
                return new LiveFigures(Optional.empty());
            }
            try {
                return new LiveFigures(Optional.of(StoreDatabase.open(r.database())));
            } catch (RuntimeException e) {
                // Held by a server that started after the load: its figures come from the dump.
                return new LiveFigures(Optional.empty());
            }
        }

        StatisticsSource source() {
            return db.map(d -> StatisticsSource.store(d.dataset())).orElseGet(StatisticsSource::dumpScan);
        }

        @Override
        public void close() {
            db.ifPresent(StoreDatabase::close);
        }
    }

    public LoadCommand() {
    }

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        try {
            // One load hashes each dump once, shared by the release check, the index check, the change set and SHA256SUMS.
            FileDigests digests = new FileDigests();
            StoreLoader loader = new StoreLoader(data.orDefault()).forceFull(full).bulkLoader(bulkLoader).digests(digests);
            if (shacl) {
                Path file = QuadInput.of(input).file();
                DatasetValidation validation = Converter.builder().base(base.iri).build().datasetValidation();
                loader.check((db, manifest) -> {
                    DatasetValidation.Result v = validation.validate(file);
                    if (!v.conforms()) {
                        throw new StoreException("SHACL: " + v.report());
                    }
                });
            }
            // The data first, then its release. The change answers in SPARQL as soon as it is committed
            // (seconds for a page), not after the release's statistics (minutes at scale); the release
            // lock is taken before the data changes, so two loads never race for one release number,
            // and a release owed by data that went live is made by the next load even if that load
            // finds the data unchanged (docs/publishing.md, "Releases").
            QuadInput.of(input);
            Releases releases = new Releases(data.orDefault(), digests);
            // Dumps the latest release already publishes need no new release, whatever the load does.
            Optional<Release> current = releases.publishing(input);
            LoadReport r;
            boolean owed;
            try (Releases.Reservation reservation = releases.reserve()) {
                owed = releases.owed();
                if (current.isEmpty()) {
                    releases.owe(new OwedRelease(input, base.iri, Optional.ofNullable(publish.publicRoot),
                            Optional.ofNullable(publish.catalogSettings)));
                }
                try {
                    r = loader.load(input);
                } catch (RuntimeException e) {
                    if (!owed) {
                        releases.settle();
                    }
                    throw e;
                }
                out.println(r.summary());
                if (!r.sizeNote().isEmpty()) {
                    out.println(r.sizeNote());
                }
                if (!r.removed().isEmpty()) {
                    out.println("removed: " + String.join(", ", r.removed()));
                }
                out.flush();
                if (current.isPresent()) {
                    out.println("release " + current.get().number() + " stays current (it publishes these dumps)");
                } else if (r.outcome() == LoadReport.Outcome.UNCHANGED && !owed && releases.latest().isPresent()) {
                    releases.settle();
                    out.println("release " + releases.latest().get().number() + " stays current (data unchanged)");
                } else if (releaseLater) {
                    out.println("release owed: the server makes it in the background; until then the catalog"
                            + " and VoID describe " + releases.latest().map(l -> "release " + l.number())
                                    .orElse("no release"));
                } else {
                    Releases.Pending pending;
                    try (LiveFigures figures = LiveFigures.of(r)) {
                        pending = reservation.prepare(input, publish.settings(), base.iri, Instant.now(), figures.source());
                    } catch (RuntimeException e) {
                        spec.commandLine().getErr().println("esf-kg load: the data is live, but its release failed"
                                + " (the previous release stays current; the next load of these dumps makes it): "
                                + e.getMessage());
                        return 1;
                    }
                    Release published = pending.commit();
                    releases.settle();
                    out.println("release " + published.number() + " published in " + published.folder()
                            + published.previous().map(p -> " (since release " + p + ": " + published.added()
                                    + " quads added, " + published.removed() + " removed)").orElse(""));
                    out.println("release prepared: " + pending.timings());
                }
            }
            return 0;
        } catch (ReleaseInProgressException e) {
            spec.commandLine().getErr().println("esf-kg load: " + e.getMessage());
            return OperatorErrors.TEMPORARY;
        } catch (StoreException e) {
            OperatorErrors.Failure known = OperatorErrors.classify(e);
            if (known.exitCode() != OperatorErrors.SOFTWARE) {
                spec.commandLine().getErr().println("esf-kg load: " + known.message());
                return known.exitCode();
            }
            spec.commandLine().getErr().println("load failed, the previous database (if any) is still live: " + e.getMessage());
            return 1;
        }
    }
}
