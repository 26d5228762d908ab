package se.esfkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.cli.QueryCommand;
import se.esfkg.store.StoreLoader;
import se.esfkg.testing.Fixtures;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;
import picocli.CommandLine;

class QueryRunnerTests {

    static final String TITLES = "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX esf: <https://w3id.org/esf-kg/ontology#> "
            + "SELECT ?title { ?p a esf:Project ; dcterms:title ?title } ORDER BY ?title";

    @TempDir
    Path tmp;

    @Test
    void localStoreInEachFormat() {
        Path data = tmp.resolve("data");
        new StoreLoader(data).load(Fixtures.seedsOut(tmp.resolve("out")));
        assertThat(run(q -> QueryRunner.runLocal(data, TITLES, QueryRunner.Format.CSV, q)))
                .startsWith("title\r\nResursCentrum\r\nSamverkan utan gränser");
        assertThat(run(q -> QueryRunner.runLocal(data, TITLES, QueryRunner.Format.TABLE, q)))
                .contains("| title").contains("| \"Visioncenter\"@sv");
        assertThat(run(q -> QueryRunner.runLocal(data, TITLES, QueryRunner.Format.JSON, q)))
                .contains("\"value\": \"Team work\"");
        assertThat(run(q -> QueryRunner.runLocal(data, "ASK { ?s ?p ?o }", QueryRunner.Format.TABLE, q))).isEqualTo("true\n");
        assertThat(run(q -> QueryRunner.runLocal(data, "CONSTRUCT { ?s ?p ?o } { ?s a <https://w3id.org/esf-kg/ontology#EsfRegion> ; ?p ?o } LIMIT 1",
                QueryRunner.Format.CSV, q))).endsWith(" .\n");
    }

    @Test
    void remoteEndpointAndAFileThroughTheCommand() throws Exception {
        Path data = tmp.resolve("data");
        new StoreLoader(data).load(Fixtures.seedsOut(tmp.resolve("out")));
        Path rq = Files.writeString(tmp.resolve("titles.rq"), TITLES);
        try (EsfServer server = Servers.start(data)) {
            assertThat(run(q -> QueryRunner.runRemote(server.endpoint(), QueryRunner.queryText(rq.toString()),
                    QueryRunner.Format.CSV, q))).contains("VaraLyftet");
            var out = new ByteArrayOutputStream();
            var old = System.out;
            System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = new CommandLine(new QueryCommand()).execute(rq.toString(), "--endpoint", server.endpoint(),
                        "--format", "csv");
            } finally {
                System.setOut(old);
            }
            assertThat(code).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Samverkan utan gränser");
        }
    }

    interface Body {
        void run(java.io.OutputStream out) throws Exception;
    }

    static String run(Body b) {
        var out = new ByteArrayOutputStream();
        try {
            b.run(out);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
