package se.esfkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.store.StoreException;
import se.esfkg.store.StoreLoader;
import se.esfkg.testing.Fixtures;
import se.esfkg.testing.Http;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;

/** A load while clients query: every request answered, then the new data served. */
class LiveSwitchTests {

    static final String COUNT = "PREFIX esf: <https://w3id.org/esf-kg/ontology#> SELECT (COUNT(?p) AS ?n) { ?p a esf:Project }";

    @TempDir
    Path tmp;

    @Test
    void swapsWithoutAFailedRequestAndSurvivesAFailedRebuild() throws Exception {
        Path data = tmp.resolve("data");
        new StoreLoader(data).load(Fixtures.seedsOut(tmp.resolve("out")));
        try (EsfServer server = Servers.start(data, "esf.poll", "100ms")) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger answered = new AtomicInteger();
            List<String> failures = new CopyOnWriteArrayList<>();
            List<String> seen = new CopyOnWriteArrayList<>();
            Runnable client = () -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> r = Http.getQuery(server.endpoint(), COUNT, "text/csv");
                        if (r.statusCode() != 200) {
                            failures.add(r.statusCode() + " " + r.body());
                        } else {
                            answered.incrementAndGet();
                            String n = r.body().strip().split("\r?\n")[1];
                            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(n)) {
                                seen.add(n);
                            }
                        }
                    } catch (RuntimeException e) {
                        failures.add(e.toString());
                    }
                }
            };
            Thread[] clients = {new Thread(client), new Thread(client), new Thread(client)};
            for (Thread t : clients) {
                t.start();
            }
            Thread.sleep(300);

            // A failing rebuild: the server keeps serving the old database.
            DatasetGraph dsg = Fixtures.seeds();
            dsg.removeGraph(NodeFactory.createURI(Fixtures.sourceGraph("004_ed19341546b216d7")));
            Path changed = Fixtures.writeNq(dsg, tmp.resolve("out2/esf-kg.nq.gz"));
            try {
                new StoreLoader(data).check((db, m) -> {
                    throw new StoreException("injected");
                }).load(changed);
            } catch (StoreException expected) {
                // the point of the exercise
            }
            Thread.sleep(300);
            assertThat(server.liveData().generation().id()).isEqualTo("db-1");

            // A successful one under load: one page of eight, applied in place by the server.
            new StoreLoader(data).load(changed);
            long deadline = System.currentTimeMillis() + 10_000;
            while (!server.liveData().generation().id().equals("db-1.1") && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(server.liveData().generation().id()).isEqualTo("db-1.1");
            Thread.sleep(500);

            // A full build still builds beside the live database and switches to it, under load too.
            new StoreLoader(data).forceFull(true).load(Fixtures.seedsOut(tmp.resolve("out3")));
            deadline = System.currentTimeMillis() + 10_000;
            while (!server.liveData().generation().id().equals("db-2") && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(300);
            stop.set(true);
            for (Thread t : clients) {
                t.join();
            }
            assertThat(failures).isEmpty();
            assertThat(answered.get()).isGreaterThan(20);
            assertThat(server.liveData().generation().id()).isEqualTo("db-2");
            // Three clients append concurrently, so only the set is meaningful: old, patched, rebuilt.
            assertThat(seen).containsOnly("5", "4").contains("4");
            HttpResponse<String> after = Http.getQuery(server.endpoint(), COUNT, "text/csv");
            assertThat(after.body().strip().split("\r?\n")[1]).isEqualTo("5");
        }
    }
}
