package se.esfkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import se.esfkg.store.StoreLoader;
import se.esfkg.testing.Fixtures;
import se.esfkg.testing.Http;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;

/** The query log keeps each query to one line within {@code esf.log.max-query-chars}. */
class QueryLogTests {

    @TempDir
    Path tmp;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger queryLogger = (Logger) LoggerFactory.getLogger("esf.query");
    private Level rootLevel;

    /** After the server has started: Spring Boot sets logging up anew when it starts. */
    private void capture() {
        rootLevel = root.getLevel();
        root.setLevel(Level.INFO);
        queryLogger.setLevel(Level.INFO);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        if (rootLevel != null) {
            root.setLevel(rootLevel);
        }
        queryLogger.setLevel(null);
    }

    @Test
    void aMegabyteQueryMakesNoLogLineOverTheLimit() {
        new StoreLoader(tmp.resolve("data")).load(Fixtures.seedsOut(tmp.resolve("out")));
        String megabyte = "ASK {\n ?s ?p \"" + "x".repeat(1_000_000) + "\" }";
        // A form is held to the container's form size (200,000 bytes), so a smaller one.
        String large = "ASK {\n ?s ?p \"" + "y".repeat(150_000) + "\" }";
        try (EsfServer server = Servers.start(tmp.resolve("data"),
                "esf.guard.max-query-bytes", 2_000_000, "esf.log.max-query-chars", 500)) {
            capture();
            HttpResponse<String> body = Http.postBody(server.endpoint(), "application/sparql-query", megabyte,
                    "application/sparql-results+json");
            assertThat(body.statusCode()).as(body.body()).isEqualTo(200);
            HttpResponse<String> form = Http.postForm(server.endpoint(), "query=" + Http.enc(large),
                    "application/sparql-results+json");
            assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        }
        List<String> queryLines = lines("esf.query");
        assertThat(queryLines).hasSize(2);
        assertThat(queryLines.get(0)).startsWith("POST query (" + megabyte.length() + " chars): ASK { ?s ?p \"xxx");
        assertThat(queryLines.get(1)).startsWith("POST query (" + large.length() + " chars): ASK { ?s ?p \"yyy");
        assertThat(queryLines).allSatisfy(line -> {
            assertThat(line).endsWith("…").doesNotContain("\n");
            assertThat(line.length()).isLessThanOrEqualTo(500);
        });
        assertThat(captured.list).allSatisfy(event -> assertThat(event.getFormattedMessage().length())
                .as(event.getLoggerName()).isLessThanOrEqualTo(500));
    }

    @Test
    void zeroLogsNoQueryText() {
        new StoreLoader(tmp.resolve("data")).load(Fixtures.seedsOut(tmp.resolve("out")));
        try (EsfServer server = Servers.start(tmp.resolve("data"), "esf.log.max-query-chars", 0)) {
            capture();
            HttpResponse<String> ask = Http.getQuery(server.endpoint(), "ASK { ?s ?p \"secret@example.org\" }",
                    "application/sparql-results+json");
            assertThat(ask.statusCode()).isEqualTo(200);
        }
        assertThat(lines("esf.query")).isEmpty();
        assertThat(captured.list).noneSatisfy(event -> assertThat(event.getFormattedMessage()).contains("secret@"));
    }

    @Test
    void aShortQueryIsLoggedWholeOnOneLine() {
        new StoreLoader(tmp.resolve("data")).load(Fixtures.seedsOut(tmp.resolve("out")));
        try (EsfServer server = Servers.start(tmp.resolve("data"))) {
            capture();
            Http.getQuery(server.endpoint(), "SELECT *\n{ ?s ?p ?o }\nLIMIT 1", "application/sparql-results+json");
        }
        assertThat(lines("esf.query")).containsExactly("GET query (29 chars): SELECT * { ?s ?p ?o } LIMIT 1");
    }

    private List<String> lines(String logger) {
        return captured.list.stream().filter(e -> e.getLoggerName().equals(logger))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
