package se.esfkg.serve;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import se.esfkg.output.FileDigests;
import se.esfkg.publish.release.OwedRelease;
import se.esfkg.publish.release.Release;
import se.esfkg.publish.release.ReleaseInProgressException;
import se.esfkg.publish.release.Releases;
import se.esfkg.publish.stats.StatisticsSource;
import se.esfkg.store.StoreLoader;

/**
 * Makes an owed release while the server already answers: the data went live first (SPARQL and
 * the site read it at once), and the catalog, VoID, dumps and change set follow. A harvester never
 * sees a half release: the release is prepared in a hidden folder and renamed when complete, and
 * until then {@code /catalog} and {@code /.well-known/void} describe the previous complete release
 * (or answer 503 "no release yet, one is being prepared"). A crash in between leaves
 * {@code release-owed}; the next start of the server, or the next {@code load}, makes the release.
 * VoID's figures come from the live database's indexes ({@link StatisticsSource#store}).
 */
public final class BackgroundRelease {

    private final LiveData live;
    private final Consumer<String> say;
    private Runnable beforeCommit = () -> {
    };

    public BackgroundRelease(LiveData live, Consumer<String> say) {
        this.live = live;
        this.say = say;
    }

    /** A hook between the prepared release and its publication; tests hold the release there. */
    public BackgroundRelease beforeCommit(Runnable hook) {
        this.beforeCommit = hook;
        return this;
    }

    /**
     * Starts making the owed release on a thread of its own, if one is owed and its marker says
     * what it needs; completes with the release published, or empty (nothing owed, another process
     * at it, the input no longer the live data, or a failure, each said on {@code say}).
     */
    public CompletableFuture<Optional<Release>> startIfOwed() {
        Releases releases = new Releases(live.dataFolder(), new FileDigests());
        if (!releases.owed()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Optional<OwedRelease> owed = releases.owedRelease();
        if (owed.isEmpty()) {
            say.accept("a release is owed but its marker does not say for which dumps: run load on them");
            return CompletableFuture.completedFuture(Optional.empty());
        }
        CompletableFuture<Optional<Release>> done = new CompletableFuture<>();
        Thread t = new Thread(() -> done.complete(make(releases, owed.get())), "esf-release");
        t.setDaemon(true);
        t.start();
        return done;
    }

    private Optional<Release> make(Releases releases, OwedRelease owed) {
        long t0 = System.nanoTime();
        try (Releases.Reservation reservation = releases.reserve()) {
            if (!releases.owed()) {
                return Optional.empty();
            }
            if (new StoreLoader(live.dataFolder()).digests(releases.digests()).holdsExactly(owed.input()).filter(holds -> !holds).isPresent()) {
                say.accept("release not made: the dumps in " + owed.input() + " are no longer the live data;"
                        + " run load on the folder that is");
                return Optional.empty();
            }
            Releases.Pending pending = reservation.prepare(owed.input(), owed.settings(), owed.dataSpace(),
                    Instant.now(), StatisticsSource.store(live.liveStore()));
            beforeCommit.run();
            Release published = pending.commit();
            releases.settle();
            say.accept(String.format(java.util.Locale.ROOT, "release %d published in %.1f s (prepared: %s)",
                    published.number(), (System.nanoTime() - t0) / 1e9, pending.timings()));
            return Optional.of(published);
        } catch (ReleaseInProgressException e) {
            say.accept("release left to the process already making one: " + e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            say.accept("release failed, still owed (the next start or load makes it): " + e.getMessage());
            return Optional.empty();
        }
    }
}
