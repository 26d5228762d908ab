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
import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.DatasetValidation;
import se.esfkg.publish.release.Release;
import se.esfkg.publish.release.ReleaseInProgressException;
import se.esfkg.publish.release.Releases;
import se.esfkg.store.LoadReport;
import se.esfkg.store.QuadInput;
import se.esfkg.store.StoreException;
import se.esfkg.store.BulkLoader;
import se.esfkg.store.StoreLoader;

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

    static final class LoaderKind implements picocli.CommandLine.ITypeConverter<BulkLoader> {
        @Override
        public BulkLoader convert(String value) {
            return BulkLoader.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Spec
    CommandSpec spec;

    public LoadCommand() {
    }

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        try {
            StoreLoader loader = new StoreLoader(data.orDefault()).forceFull(full).bulkLoader(bulkLoader);
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
            Releases releases = new Releases(data.orDefault());
            // Dumps the latest release already publishes need no new release, whatever the load does.
            Optional<Release> current = releases.publishing(input);
            LoadReport r;
            boolean owed;
            try (Releases.Reservation reservation = releases.reserve()) {
                owed = releases.owed();
                if (current.isEmpty()) {
                    releases.owe();
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
                } else {
                    Releases.Pending pending;
                    try {
                        pending = reservation.prepare(input, publish.settings(), base.iri, Instant.now());
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
