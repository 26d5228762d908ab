package se.esfkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.store.LoadReport;
import se.esfkg.store.StoreLoader;
import se.esfkg.testing.Fixtures;
import se.esfkg.testing.Http;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;

/** With a server running, a one-page load is handed to it and applied in place, under readers. */
class ServerPatchTests {

    static final String PAGE = "/id/project/team-work-2012";
    static final String TITLES = "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX esf: <https://w3id.org/esf-kg/ontology#> "
            + "SELECT ?t { ?p a esf:Project ; dcterms:title ?t } ORDER BY ?t";

    @TempDir
    Path tmp;

    @Test
    void theServerAppliesAOnePagePatchWhileReadersKeepOneConsistentState() throws Exception {
        Path data = tmp.resolve("data");
        new StoreLoader(data).load(Fixtures.seedsOut(tmp.resolve("out")));
        Path changed = Fixtures.writeNq(retitled("Listerlandets lagarbete"), tmp.resolve("out2/esf-kg.nq.gz"));

        try (EsfServer server = Servers.start(data, "esf.poll", "100ms")) {
            LiveData live = server.liveData();
            HttpResponse<String> before = get(server, PAGE, null);
            assertThat(before.statusCode()).isEqualTo(200);
            assertThat(before.body()).contains("Team work").doesNotContain("Listerlandets");
            String oldTag = before.headers().firstValue("ETag").orElseThrow();
            assertThat(get(server, PAGE, oldTag).statusCode()).isEqualTo(304);

            // A reader inside the server opens its transaction before the patch and reads again after it.
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch patched = new CountDownLatch(1);
            AtomicReference<String> pinned = new AtomicReference<>();
            AtomicReference<List<String>> first = new AtomicReference<>();
            AtomicReference<List<String>> second = new AtomicReference<>();
            Thread reader = new Thread(() -> live.read((ds, generation) -> {
                pinned.set(generation.id());
                first.set(titles(ds));
                reading.countDown();
                try {
                    patched.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                second.set(titles(ds));
                return null;
            }));
            reader.start();
            assertThat(reading.await(60, TimeUnit.SECONDS)).isTrue();

            // Clients query all through: each answer is one whole state, five titles, old or new.
            AtomicBoolean stop = new AtomicBoolean();
            List<String> answers = new CopyOnWriteArrayList<>();
            Thread client = new Thread(() -> {
                while (!stop.get()) {
                    HttpResponse<String> r = Http.getQuery(server.endpoint(), TITLES, "text/csv");
                    answers.add(r.statusCode() + " " + r.body().strip().replace("\r\n", "|"));
                }
            });
            client.start();

            LoadReport report = new StoreLoader(data).load(changed);
            patched.countDown();
            reader.join(60_000);
            Thread.sleep(200);
            stop.set(true);
            client.join(60_000);

            assertThat(report.outcome()).isEqualTo(LoadReport.Outcome.PATCH_BY_SERVER);
            assertThat(report.summary()).startsWith("patch (in place, by the server) of db-1, now db-1.1");
            assertThat(report.loaded()).containsExactly(Fixtures.sourceGraph("001_cadcfa4700230a5b"));
            // Served at once: the loader returns only when the server has committed.
            assertThat(live.generation().id()).isEqualTo("db-1.1");
            assertThat(Files.readString(data.resolve("CURRENT")).trim()).isEqualTo("db-1");
            try (var s = Files.list(data)) {
                assertThat(s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList())
                        .containsExactlyInAnyOrder("db-1", "patches");
            }
            try (var s = Files.list(data.resolve("patches"))) {
                assertThat(s.toList()).as("request and answer are cleaned up").isEmpty();
            }

            // The reader that began before the commit saw the old state twice, under the old generation.
            assertThat(pinned.get()).isEqualTo("db-1");
            assertThat(first.get()).contains("Team work").hasSize(5);
            assertThat(second.get()).isEqualTo(first.get());

            String oldState = "200 t|" + String.join("|", first.get());
            assertThat(answers).isNotEmpty().allSatisfy(a -> assertThat(a).satisfiesAnyOf(
                    x -> assertThat(x).isEqualTo(oldState),
                    x -> assertThat(x).contains("Listerlandets lagarbete").doesNotContain("Team work")
                            .matches("200 t(\\|[^|]+){5}")));
            assertThat(Set.copyOf(answers)).hasSizeLessThanOrEqualTo(2);

            HttpResponse<String> after = get(server, PAGE, oldTag);
            assertThat(after.statusCode()).as("the old ETag no longer matches").isEqualTo(200);
            assertThat(after.body()).contains("Listerlandets lagarbete").doesNotContain("Team work");
            assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(oldTag);

            // A second patch, back to the original: the server diffs against the manifest its first
            // patch wrote (kept, not read again), and the loader, reading manifest.tsv, then agrees.
            LoadReport back = new StoreLoader(data).load(Fixtures.seedsOut(tmp.resolve("out")));
            assertThat(back.outcome()).isEqualTo(LoadReport.Outcome.PATCH_BY_SERVER);
            assertThat(back.summary()).startsWith("patch (in place, by the server) of db-1, now db-1.2");
            assertThat(back.loaded()).containsExactly(Fixtures.sourceGraph("001_cadcfa4700230a5b"));
            assertThat(get(server, PAGE, null).body()).contains("Team work").doesNotContain("Listerlandets");
            assertThat(new StoreLoader(data).load(Fixtures.seedsOut(tmp.resolve("out"))).outcome())
                    .isEqualTo(LoadReport.Outcome.UNCHANGED);
        }

        // A restart serves the same generation: the revision is on disk, not only in the server.
        try (EsfServer again = Servers.start(data)) {
            assertThat(again.liveData().generation().id()).isEqualTo("db-1.2");
            assertThat(get(again, PAGE, null).body()).contains("Team work");
        }
    }

    private static HttpResponse<String> get(EsfServer server, String path, String ifNoneMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", "text/html")
                .header("Accept-Language", "sv");
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return Http.send(b.GET().build());
    }

    private static List<String> titles(DatasetGraph ds) {
        List<String> out = new java.util.ArrayList<>();
        QueryExec.dataset(ds).query(TITLES).select()
                .forEachRemaining(b -> out.add(b.get("t").getLiteralLexicalForm()));
        return out;
    }

    static DatasetGraph retitled(String title) {
        DatasetGraph dsg = Fixtures.seeds();
        Node g = NodeFactory.createURI(Fixtures.sourceGraph("001_cadcfa4700230a5b"));
        Node p = NodeFactory.createURI(Fixtures.B + "project/team-work-2012");
        Node t = NodeFactory.createURI("http://purl.org/dc/terms/title");
        dsg.deleteAny(g, p, t, Node.ANY);
        dsg.add(g, p, t, NodeFactory.createLiteralLang(title, "sv"));
        return dsg;
    }
}
