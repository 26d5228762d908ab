package se.esfkg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loader's side of a small change: applied to the live database in place, by the server that
 * holds it if one is running ({@link PatchRequests}), else by the loader itself ({@link LivePatch}).
 * Empty when neither can: the live database is held by a process that is not a server (such as
 * {@code query --data}), and the loader builds a new database beside it instead.
 */
final class PatchInPlace {

    private static final Logger LOG = LoggerFactory.getLogger(PatchInPlace.class);
    /** A hang guard for a server that took a patch: one page takes well under a second. */
    private static final Duration APPLY_GUARD = Duration.ofMinutes(30);

    private final DataDir dataDir;
    private final BuildCheck check;
    private final Consumer<LivePatch.Step> steps;
    private final Duration takeWithin;

    PatchInPlace(DataDir dataDir, BuildCheck check, Consumer<LivePatch.Step> steps, Duration takeWithin) {
        this.dataDir = dataDir;
        this.check = check;
        this.steps = steps;
        this.takeWithin = takeWithin;
    }

    Optional<LoadReport> apply(long t0, QuadInput source, Path live, GraphManifest incoming, GraphManifest.Diff diff)
            throws IOException {
        PatchRequests requests = new PatchRequests(dataDir.root());
        if (requests.serverRunning()) {
            Optional<PatchRequests.Answer> answer = byServer(requests, source, live, incoming, diff);
            if (answer.isPresent()) {
                PatchRequests.Answer a = answer.get();
                if (!a.ok()) {
                    throw new StoreException("the server aborted the patch, " + live.getFileName() + " is unchanged: "
                            + a.message());
                }
                return Optional.of(report(LoadReport.Outcome.PATCH_BY_SERVER, t0, live, incoming, diff, a.generation(),
                        a.quadsLoaded(), a.textEntries()));
            }
            LOG.warn("the server stopped before it answered; applying the patch in this process");
        }
        requests.cleanUpWithoutServer();
        StoreDatabase db;
        try {
            db = StoreDatabase.open(live);
        } catch (RuntimeException e) {
            LOG.warn("cannot open {} to patch it in place ({}); building a new database beside it", live, e.getMessage());
            return Optional.empty();
        }
        try (db) {
            if (LivePatch.recover(db)) {
                LOG.warn("{}: repaired what an interrupted patch left", live.getFileName());
                // The repair marked the interrupted patch's graphs unknown; they are re-applied now.
                diff = db.manifest().diff(incoming);
            }
            LivePatch.Result r = new LivePatch(db, check, steps).apply(incoming, source);
            return Optional.of(report(LoadReport.Outcome.PATCH, t0, live, incoming, diff, r.revision().generationId(live),
                    r.quadsLoaded(), r.textEntries()));
        }
    }

    private Optional<PatchRequests.Answer> byServer(PatchRequests requests, QuadInput source, Path live,
            GraphManifest incoming, GraphManifest.Diff diff) throws IOException {
        // The database is in the server's hands, so a check here sees only the input.
        check.check(null, incoming);
        PatchRequests.Submitted submitted = requests.submit(incoming, source, diff.toLoad());
        try {
            return submitted.await(takeWithin, APPLY_GUARD);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while the server applied the patch to " + live.getFileName(), e);
        }
    }

    private static LoadReport report(LoadReport.Outcome outcome, long t0, Path live, GraphManifest incoming,
            GraphManifest.Diff diff, String generation, long quads, long text) {
        var loaded = new LinkedHashSet<>(diff.toLoad());
        LoadReport r = new LoadReport(outcome, live, loaded, diff.added(), diff.changed(), diff.removed(),
                incoming.graphs().size() - loaded.size(), incoming.totalQuads(), quads, text,
                (System.nanoTime() - t0) / 1_000_000);
        return r.withSize(generation, Revision.tdbBytes(live), Revision.read(live).fullBuildBytes());
    }
}
