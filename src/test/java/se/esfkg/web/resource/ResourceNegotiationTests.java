package se.esfkg.web.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import se.esfkg.output.RdfSyntax;
import se.esfkg.testing.Http;
import se.esfkg.testing.SeedData;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;

/**
 * Content negotiation over real HTTP for every kind of resource the converter mints from the seeds:
 * 200 with Content-Location on the resource's own address, suffix documents, 304, HEAD, 404, 406.
 */
class ResourceNegotiationTests {

    static final String ROOT = "https://w3id.org/esf-kg/";

    @TempDir
    static Path tmp;
    static EsfServer server;

    @BeforeAll
    static void start() {
        server = Servers.start(SeedData.loadedInto(tmp.resolve("data")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** One resource of each kind, read from the seeds' conversion (docs/model.md names them). */
    static List<String> kinds() {
        return List.of(
            "id/project/resurscentrum-2014",                                                     // project
            "id/organisation/arbetsformedlingen",                                                // organisation
            "id/organisation/arbetsformedlingen/lycksele",                                       // agency unit
            "id/organisation/municipality-2481/arbetsmarknadsenheten",                           // municipal unit
            "id/municipality/2481",                                                              // municipality
            "id/county/24",                                                                      // county
            "id/region/SE33",                                                                    // region
            "id/region/national",                                                                // national scope
            "id/project/resurscentrum-2014/section/summary",                                     // section
            "id/project/resurscentrum-2014/role/partner/organisation-arbetsformedlingen-lycksele", // role
            "id/project/resurscentrum-2014/classification/cooperation-model/one-way-in",         // classification
            "id/project/resurscentrum-2014/classification/cooperation-model/one-way-in/evidence-1", // evidence
            "id/project/team-work-2012/partner-country/FIN",                                     // country evidence
            "id/project/visioncenter-2008/no-transnational-cooperation",                          // no-transnational evidence
            "id/source/000_05dbab979be8d6ed",                                                    // source record
            "id/conversion/esf-kg-0.1.0-snapshot",                                               // conversion activity
            "id/concept/programme-area/programomrade-2-okat-arbetskraftsutbud",                  // minted concept
            "def/cooperation-model/one-way-in",                                                  // fixed concept
            "def/cooperation-model",                                                             // concept scheme
            "ontology");                                                                         // the ontology
    }

    private static HttpResponse<String> get(String path, String accept) {
        return Http.get(server.url("/" + path), accept);
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static DatasetGraph parse(HttpResponse<String> r, RdfSyntax syntax) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(r.body(), syntax.jenaLang()).parse(dsg);
        return dsg;
    }

    private static boolean describes(DatasetGraph dsg, String path) {
        var s = NodeFactory.createURI(ROOT + path);
        return dsg.find(null, s, null, null).hasNext() || dsg.getUnionGraph().find(s, null, null).hasNext();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theResourceAddressAnswersTurtleForMachinesWithContentLocation(String path) {
        HttpResponse<String> r = get(path, "text/turtle");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        assertThat(r.headers().firstValue("Content-Location")).hasValue(name(path) + ".ttl");
        assertThat(r.headers().allValues("Vary").toString()).contains("Accept");
        assertThat(r.headers().firstValue("ETag")).isPresent();
        assertThat(r.headers().firstValue("Last-Modified")).isPresent();
        assertThat(describes(parse(r, RdfSyntax.TURTLE), path)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void browsersGetAPageAndEachSuffixGivesItsSyntax(String path) {
        HttpResponse<String> page = get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Location")).hasValue(name(path) + ".html");
        assertThat(page.body()).contains("<html").contains("<main").contains(ROOT + path);
        for (RdfSyntax syntax : RdfSyntax.values()) {
            // The suffix wins over Accept: a link to x.ttl always gives Turtle.
            HttpResponse<String> doc = get(path + "." + syntax.suffix(), "text/html");
            assertThat(doc.statusCode()).as(path + "." + syntax.suffix()).isEqualTo(200);
            assertThat(doc.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(syntax.mediaType()));
            assertThat(doc.headers().firstValue("Content-Location")).isEmpty();
            assertThat(describes(parse(doc, syntax), path)).as(path + "." + syntax.suffix()).isTrue();
        }
        HttpResponse<String> html = get(path + ".html", "text/turtle");
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void conditionalGetAnswers304AndHeadSendsNoBody(String path) {
        HttpResponse<String> first = get(path, "application/ld+json");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = Http.send(HttpRequest.newBuilder(URI.create(server.url("/" + path)))
                .header("Accept", "application/ld+json").header("If-None-Match", etag).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        HttpResponse<String> since = Http.send(HttpRequest.newBuilder(URI.create(server.url("/" + path)))
                .header("Accept", "application/ld+json").header("If-Modified-Since", modified).GET().build());
        assertThat(since.statusCode()).isEqualTo(304);
        // Another representation is another entity: its tag differs, so the old one does not match.
        HttpResponse<String> other = Http.send(HttpRequest.newBuilder(URI.create(server.url("/" + path)))
                .header("Accept", "text/turtle").header("If-None-Match", etag).GET().build());
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);

        HttpResponse<String> head = Http.send(HttpRequest.newBuilder(URI.create(server.url("/" + path)))
                .header("Accept", "application/ld+json").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
        assertThat(head.headers().firstValue("ETag")).hasValue(etag);
    }

    @ParameterizedTest
    @CsvSource({"projects", "projects?county=12", "organisations", "municipalities?county=24", "search?q=arbete",
        "pictures/network", "pictures/budget", "pictures/trends"})
    void listPagesAreTaggedWithTheLiveGenerationTheirParametersAndLanguage(String path) {
        HttpResponse<String> first = page(path, "sv", null);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().allValues("Vary").toString()).contains("Accept-Language");

        HttpResponse<String> again = page(path, "sv", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        // The same page in English, or with other parameters, is another entity.
        assertThat(page(path, "en", etag).statusCode()).isEqualTo(200);
        assertThat(page(path + (path.contains("?") ? "&" : "?") + "page=2", "sv", etag).headers().firstValue("ETag"))
                .isPresent().isNotEqualTo(etag);
    }

    private static HttpResponse<String> page(String path, String language, String etag) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url("/" + path)))
                .header("Accept", "text/html").header("Accept-Language", language);
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        return Http.send(b.GET().build());
    }

    @Test
    void forwardedHeadersFromAClientThatIsNoTrustedProxyAreIgnored() {
        // No esf.trusted-proxies here: whoever connects cannot rename the server.
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Accept", "text/turtle").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example.org").header("Forwarded", "host=evil.example.org").GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<" + server.endpoint() + "> a sd:Service").doesNotContain("evil.example.org");
    }

    @ParameterizedTest(name = "[{index}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "id/municipality/2481 | */* | text/turtle",
        "id/municipality/2481 | text/html, text/turtle | text/turtle",
        "id/municipality/2481 | text/html;q=0.5, application/ld+json;q=0.9 | application/ld+json",
        "id/municipality/2481 | application/n-quads;q=0.9, application/trig;q=0.8 | application/n-quads",
        "id/municipality/2481 | text/turtle;q=0.1, application/rdf+xml;q=0.3, text/html;q=0.2 | application/rdf+xml",
        "ontology | text/html, application/* | text/html",
        "ontology | application/n-triples | application/n-triples",
        "def/target-group | text/*;q=0.5, application/trig | application/trig"})
    void qualityValuesAndWildcardsOverHttp(String path, String accept, String expected) {
        HttpResponse<String> r = get(path, accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(expected));
    }

    @Test
    void unknownIrisAre404AndUnacceptableTypes406() {
        assertThat(get("id/project/no-such-project", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get("id/project/no-such-project.ttl", "*/*").statusCode()).isEqualTo(404);
        assertThat(get("def/no-such-scheme", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("id/project/resurscentrum-2014.docx", "*/*").statusCode()).isEqualTo(404);
        assertThat(get("id/project/resurscentrum-2014", "image/png").statusCode()).isEqualTo(406);
        assertThat(get("id/project/resurscentrum-2014", "application/json").statusCode()).isEqualTo(406);
        HttpResponse<String> page = get("id/project/no-such-project", "text/html");
        assertThat(page.body()).contains("<main").contains("lang=\"sv\"");
    }
}
