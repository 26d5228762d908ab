package se.esfkg.web.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;
import se.esfkg.store.StoreLoader;
import se.esfkg.testing.Http;
import se.esfkg.testing.SeedData;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;

/**
 * Rendered descriptions are sent again from memory for the same resource, representation, language and
 * page, and never outlive the generation they were rendered from.
 */
class DescriptionCacheTests {

    /** Mjölby, whose only project (Visioncenter) is on seed 004. */
    static final String MJOLBY = "/id/municipality/0586";

    @TempDir
    Path tmp;

    private static HttpResponse<String> get(EsfServer server, String path, String accept, String language) {
        return Http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept", accept).header("Accept-Language", language).GET().build());
    }

    private static String cache(HttpResponse<?> r) {
        return r.headers().firstValue(RenderedDescriptions.HEADER).orElse("(none)");
    }

    @Test
    void aDescriptionIsRenderedOncePerRepresentationLanguageAndPageAndDroppedWhenANewLoadGoesLive() throws IOException {
        // Generation 1: seeds 000–003; generation 2 adds 004 (Visioncenter, Mjölby).
        Path four = Files.createDirectories(tmp.resolve("four"));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.filter(p -> !p.getFileName().toString().startsWith("004")).toList()) {
                Files.copy(p, four.resolve(p.getFileName()));
            }
        }
        Converter.builder().build().convert(four, tmp.resolve("out4"), p -> { }, ProgressListener.NONE);
        Path data = tmp.resolve("data");
        new StoreLoader(data).load(tmp.resolve("out4"));

        try (EsfServer server = Servers.start(data, "esf.poll", "100ms", "esf.page-size", 2)) {
            HttpResponse<String> first = get(server, MJOLBY, "text/html", "sv");
            HttpResponse<String> again = get(server, MJOLBY, "text/html", "sv");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(List.of(cache(first), cache(again))).containsExactly("miss", "hit");
            assertThat(again.body()).isEqualTo(first.body()).doesNotContain("Visioncenter");
            assertThat(again.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));

            // Another language or representation is another rendering.
            HttpResponse<String> english = get(server, MJOLBY, "text/html", "en");
            assertThat(cache(english)).isEqualTo("miss");
            assertThat(english.body()).contains("<html lang=\"en\"");
            HttpResponse<String> turtle = get(server, MJOLBY, "text/turtle", "sv");
            assertThat(cache(turtle)).isEqualTo("miss");
            assertThat(turtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
            assertThat(cache(get(server, MJOLBY, "text/turtle", "sv"))).isEqualTo("hit");

            // A paged description keeps its links to the next page when sent from memory.
            String agency = "/id/organisation/arbetsformedlingen";
            HttpResponse<String> paged = get(server, agency, "text/turtle", "sv");
            HttpResponse<String> pagedAgain = get(server, agency, "text/turtle", "sv");
            assertThat(cache(pagedAgain)).isEqualTo("hit");
            assertThat(pagedAgain.headers().allValues("Link")).containsExactlyInAnyOrderElementsOf(paged.headers().allValues("Link"))
                    .contains("<?page=2>; rel=\"next\"");

            // Generation 2 goes live: nothing rendered from generation 1 is sent any more.
            new StoreLoader(data).load(SeedData.converted());
            HttpResponse<String> after = get(server, MJOLBY, "text/html", "sv");
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!after.body().contains("Visioncenter") && System.nanoTime() < deadline) {
                after = get(server, MJOLBY, "text/html", "sv");
            }
            assertThat(after.body()).contains("Visioncenter");
            assertThat(cache(after)).isEqualTo("miss");
            assertThat(cache(get(server, MJOLBY, "text/html", "sv"))).isEqualTo("hit");
        }
    }

    @Test
    void aHeadRequestAndAConditionalRequestAreNotRendered() {
        try (EsfServer server = Servers.start(SeedData.loadedInto(tmp.resolve("data")))) {
            HttpResponse<String> head = Http.send(HttpRequest.newBuilder(URI.create(server.url(MJOLBY)))
                    .header("Accept", "text/turtle").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertThat(head.statusCode()).isEqualTo(200);
            HttpResponse<String> first = get(server, MJOLBY, "text/turtle", "sv");
            assertThat(cache(first)).as("HEAD did not fill the cache").isEqualTo("miss");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> notModified = Http.send(HttpRequest.newBuilder(URI.create(server.url(MJOLBY)))
                    .header("Accept", "text/turtle").header("If-None-Match", etag).GET().build());
            assertThat(notModified.statusCode()).isEqualTo(304);
            assertThat(notModified.body()).isEmpty();
        }
    }
}
