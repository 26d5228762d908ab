package se.esfkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.esfkg.testing.Fixtures;

/**
 * A load killed with SIGKILL in the middle of its build leaves the old database live and intact; an
 * in-place patch killed at any step is repaired by the next load.
 */
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

    /**
     * An in-place patch killed with SIGKILL before its commit, after it, or after the manifest: the
     * next load repairs what the kill left and the database, its manifest and its text index agree
     * with the input.
     */
    @ParameterizedTest
    @EnumSource(value = LivePatch.Step.class, names = {"BEFORE_COMMIT", "AFTER_COMMIT", "AFTER_MANIFEST"})
    void aPatchKilledAtAnyStepIsRepairedByTheNextLoad(LivePatch.Step step) throws Exception {
        Path data = tmp.resolve("data");
        Path db = data.resolve("db-1");
        new StoreLoader(data).load(Fixtures.seedsOut(tmp.resolve("out")));
        // One page retitled, one removed: text entries to replace and to drop.
        DatasetGraph dsg = LivePatchTests.retitled("Teamarbete i Sölvesborg");
        dsg.removeGraph(NodeFactory.createURI(StoreLoaderTests.G004));
        Path changed = Fixtures.writeNq(dsg, tmp.resolve("out2/esf-kg.nq.gz"));
        Path flag = tmp.resolve("reached");

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PatchMain.class.getName(), changed.toString(),
                data.toString(), step.name(), flag.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 180_000;
        while (!Files.exists(flag) && p.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(Files.exists(flag)).as("the child never reached " + step + ": " + Files.readString(tmp.resolve("child.log"))).isTrue();
        p.destroyForcibly(); // SIGKILL
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(db.resolve(PatchMarker.FILE)).as("the kill left the marker").exists();
        assertThat(Files.readString(data.resolve("CURRENT")).trim()).isEqualTo("db-1");

        LoadReport r = new StoreLoader(data).load(changed);

        assertThat(r.outcome()).isEqualTo(LoadReport.Outcome.PATCH);
        assertThat(db.resolve(PatchMarker.FILE)).doesNotExist();
        GraphManifest input = QuadInput.of(changed).scan();
        assertThat(GraphManifest.read(db.resolve(GraphManifest.FILE))).isEqualTo(input);
        try (StoreDatabase store = StoreDatabase.open(db)) {
            Map<String, Long> counts = new TreeMap<>();
            Txn.executeRead(store.dataset(), () -> QueryExec.dataset(store.dataset())
                    .query("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").select()
                    .forEachRemaining(b -> counts.put(b.get("g").getURI(), ((Number) b.get("n").getLiteralValue()).longValue())));
            Map<String, Long> expected = new TreeMap<>();
            input.graphs().forEach((g, e) -> expected.put(g, e.quads()));
            assertThat(counts).isEqualTo(expected);
            String q = StoreLoaderTests.PREFIXES;
            assertThat(LivePatchTests.strings(store, q + "SELECT ?t { ?p text:query 'teamarbete sölvesborg' ; dcterms:title ?t }"))
                    .contains("Teamarbete i Sölvesborg");
            assertThat(LivePatchTests.strings(store, q + "SELECT ?p { ?p text:query '\"Team work\"' }")).isEmpty();
            assertThat(LivePatchTests.strings(store, q + "SELECT ?p { ?p text:query 'Visioncenter' }")).isEmpty();
            assertThat(LivePatchTests.strings(store, q + "SELECT ?t { ?p text:query 'VaraLyftet' ; dcterms:title ?t }"))
                    .contains("VaraLyftet");
        }
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
