package se.esfkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.testing.Fixtures;

/**
 * The loader's side of the hand-over when the holder of {@code serve.lock} does not answer: a server
 * that never takes the request, and a server that goes away while the loader waits.
 */
class PatchHandOverTests {

    @TempDir
    Path tmp;
    Path data;
    Path changed;

    @BeforeEach
    void setUp() {
        data = tmp.resolve("data");
        new StoreLoader(data).load(Fixtures.seedsOut(tmp.resolve("out")));
        changed = Fixtures.writeNq(LivePatchTests.retitled("Teamarbete i Sölvesborg"), tmp.resolve("out2/esf-kg.nq.gz"));
    }

    @Test
    void aServerThatNeverTakesThePatchTimesOutAndNothingChanges() throws Exception {
        try (DataDir.LoadLock stuckServer = new PatchRequests(data).holdServeLock().orElseThrow()) {
            assertThatThrownBy(() -> new StoreLoader(data).handOverWait(Duration.ofMillis(500)).load(changed))
                    .isInstanceOf(StoreException.class).hasMessageContaining("did not take the patch within")
                    .hasMessageContaining("nothing changed");
            try (var s = Files.list(data.resolve(PatchRequests.FOLDER))) {
                assertThat(s.toList()).as("the request was withdrawn").isEmpty();
            }
        }
        assertThat(Revision.read(data.resolve("db-1")).number()).isZero();
        try (StoreDatabase db = StoreDatabase.open(data.resolve("db-1"))) {
            assertThat(LivePatchTests.strings(db, StoreLoaderTests.TITLES)).contains("Team work");
        }
    }

    @Test
    void whenTheServerGoesAwayTheLoaderAppliesThePatchItself() throws Exception {
        DataDir.LoadLock server = new PatchRequests(data).holdServeLock().orElseThrow();
        CompletableFuture<LoadReport> load = CompletableFuture.supplyAsync(
                () -> new StoreLoader(data).handOverWait(Duration.ofSeconds(120)).load(changed));
        // Wait until the request is visible, as a server would see it, then "die" without answering.
        Path requests = data.resolve(PatchRequests.FOLDER);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && !(Files.isDirectory(requests) && hasRequest(requests))) {
            Thread.sleep(20);
        }
        assertThat(hasRequest(requests)).isTrue();
        server.close();

        LoadReport r = load.get(120, TimeUnit.SECONDS);
        assertThat(r.outcome()).isEqualTo(LoadReport.Outcome.PATCH);
        assertThat(r.generation()).isEqualTo("db-1.1");
        try (var s = Files.list(requests)) {
            assertThat(s.toList()).isEmpty();
        }
        try (StoreDatabase db = StoreDatabase.open(data.resolve("db-1"))) {
            assertThat(LivePatchTests.strings(db, StoreLoaderTests.TITLES)).contains("Teamarbete i Sölvesborg")
                    .doesNotContain("Team work");
        }
    }

    private static boolean hasRequest(Path folder) throws java.io.IOException {
        try (var s = Files.list(folder)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".request"));
        }
    }
}
