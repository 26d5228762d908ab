package se.esfkg.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.web.EsfServer;
import se.esfkg.web.SeedData;
import se.esfkg.testing.Http;
import se.esfkg.testing.Servers;

/** A site page whose query outlives the timeout is a readable 503 in the visitor's language, not a 500. */
class SiteBusyTests {

    @TempDir
    Path tmp;

    @Test
    void aTimedOutPageSaysToComeBackInTheVisitorsLanguage() {
        // A millisecond for each query: the project list runs a dozen (its filters' tallies, the graphs of
        // keys, the page, its projects' details), and not all finish so soon.
        try (EsfServer server = Servers.start(SeedData.loadInto(tmp.resolve("data")), "esf.query-timeout", "1ms")) {
            HttpResponse<String> sv = Http.get(server.url("/projects?lang=sv"), "text/html");
            assertThat(sv.statusCode()).isEqualTo(503);
            assertThat(sv.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(sv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(sv.body()).contains("För upptagen för att svara", "Försök igen om 30 sekunder")
                    .doesNotContain("Exception", "at org.apache");

            HttpResponse<String> en = Http.get(server.url("/projects?lang=en"), "text/html");
            assertThat(en.statusCode()).isEqualTo(503);
            assertThat(en.body()).contains("Too busy to answer", "try again in 30 seconds");

            // The server still answers what needs no query.
            assertThat(Http.get(server.url("/pictures"), "text/html").statusCode()).isEqualTo(200);
        }
    }
}
