package se.esfkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.testing.Fixtures;

/** A load killed with SIGKILL in the middle of its build leaves the old database live and intact. */
class StoreLoaderKillTests {

    @TempDir
    Path tmp;

    @Test
    void aKilledLoadLeavesTheOldDatabaseServing() throws Exception {
        Path data = tmp.resolve("data");
        new StoreLoader(data).load(Fixtures.seedsOut(tmp.resolve("out")));
        Path big = Fixtures.synthetic(3000, tmp.resolve("big/esf-kg.nq.gz"));

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LoadMain.class.getName(), big.toString(),
                "--data", data.toString(), "--full")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        // Kill once the build folder holds some TDB2 data, i.e. in the middle of the bulk load.
        long deadline = System.currentTimeMillis() + 60_000;
        while (!buildStarted(data) && p.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("the child load finished before it could be killed: " + Files.readString(tmp.resolve("child.log"))).isTrue();
        Thread.sleep(300);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readString(data.resolve("CURRENT")).trim()).isEqualTo("db-1");
        try (StoreDatabase db = StoreDatabase.open(data.resolve("db-1"))) {
            long projects = Txn.calculateRead(db.dataset(), () -> ((Number) QueryExec.dataset(db.dataset())
                    .query("SELECT (COUNT(*) AS ?n) { ?p a <https://w3id.org/esf-kg/ontology#Project> }").select()
                    .next().get("n").getLiteralValue()).longValue());
            assertThat(projects).isEqualTo(5);
        }
        // The next load removes the dead build and completes.
        LoadReport r = new StoreLoader(data).load(big);
        assertThat(r.outcome()).isEqualTo(LoadReport.Outcome.FULL);
        assertThat(folders(data)).doesNotContain("build-2").contains(r.database().getFileName().toString());
    }

    private static boolean buildStarted(Path data) throws IOException {
        Path tdb = data.resolve("build-2/tdb");
        if (!Files.isDirectory(tdb)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(tdb)) {
            return s.anyMatch(f -> f.getFileName().toString().startsWith("nodes") && f.toFile().length() > 0);
        }
    }

    private static List<String> folders(Path data) throws IOException {
        try (Stream<Path> s = Files.list(data)) {
            return s.filter(Files::isDirectory).map(f -> f.getFileName().toString()).toList();
        }
    }
}
