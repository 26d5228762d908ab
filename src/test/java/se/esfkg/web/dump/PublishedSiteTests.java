package se.esfkg.web.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.output.RdfSyntax;
import se.esfkg.publish.PublishSettings;
import se.esfkg.publish.release.Releases;
import se.esfkg.testing.SeedData;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;

/**
 * The published files over real HTTP: the catalog with content negotiation at both its paths, the
 * dumps with Content-Length, ETag, Last-Modified, HEAD, Range, 304 and gzip, and the catalog's
 * checksums equal to the bytes served.
 */
class PublishedSiteTests {

    static final String ROOT = "https://w3id.org/esf-kg/";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;
    static EsfServer server;
    static Path data;

    @BeforeAll
    static void start() {
        data = SeedData.loadedInto(tmp.resolve("data"));
        new Releases(data).prepare(SeedData.converted(), PublishSettings.defaults(), ROOT + "id/", Instant.now()).commit();
        server = Servers.start(data);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<byte[]> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    static HttpResponse<byte[]> send(String method, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path live(String file) {
        return data.resolve("releases/1").resolve(file);
    }

    static Model parse(byte[] body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(m);
        return m;
    }

    @Test
    void theCatalogIsRdfXmlByDefaultAndNegotiatedAtBothPaths() throws IOException {
        Model expected = parse(Files.readAllBytes(live("catalog.ttl")), Lang.TURTLE);
        for (String path : new String[] {"/catalog", "/datasets/dcat"}) {
            HttpResponse<byte[]> byDefault = get(path);
            assertThat(byDefault.statusCode()).isEqualTo(200);
            assertThat(byDefault.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/rdf+xml"));
            assertThat(byDefault.headers().allValues("Vary").toString()).contains("Accept");
            assertThat(byDefault.headers().firstValue("Content-Location")).contains("/catalog.rdf");
            assertThat(parse(byDefault.body(), Lang.RDFXML).isIsomorphicWith(expected)).isTrue();
            HttpResponse<byte[]> turtle = get(path, "Accept", "text/turtle");
            assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
            assertThat(parse(turtle.body(), Lang.TURTLE).isIsomorphicWith(expected)).isTrue();
            HttpResponse<byte[]> jsonld = get(path, "Accept", "application/ld+json");
            assertThat(parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(expected)).isTrue();
            assertThat(get(path, "Accept", "text/html, */*;q=0.8").headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/rdf+xml"));
        }
        assertThat(get("/catalog", "Accept", "image/png").statusCode()).isEqualTo(406);
        assertThat(get("/catalog.ttl").headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
    }

    @Test
    void theCatalogsChecksumsAndSizesAreThoseOfTheBytesServed() throws Exception {
        Model catalog = parse(get("/catalog", "Accept", "text/turtle").body(), Lang.TURTLE);
        String q = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX spdx: <http://spdx.org/rdf/terms#> "
                + "SELECT ?url ?size ?sum { ?d dcat:downloadURL ?url ; dcat:byteSize ?size ; spdx:checksum/spdx:checksumValue ?sum }";
        int checked = 0;
        try (var qe = QueryExecutionFactory.create(q, catalog)) {
            for (var rows = qe.execSelect(); rows.hasNext();) {
                var row = rows.next();
                String url = row.getResource("url").getURI();
                assertThat(url).startsWith(ROOT + "dumps/");
                HttpResponse<byte[]> served = get("/" + url.substring(ROOT.length()), "Accept-Encoding", "identity");
                assertThat(served.statusCode()).as(url).isEqualTo(200);
                assertThat(served.headers().firstValue("Content-Encoding")).isEmpty();
                assertThat((long) served.body().length).as(url).isEqualTo(row.getLiteral("size").getLong());
                assertThat(served.headers().firstValueAsLong("Content-Length")).hasValue(served.body().length);
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(served.body()));
                assertThat(sha).as(url).isEqualTo(row.getLiteral("sum").getLexicalForm());
                assertThat(served.headers().firstValue("ETag")).contains("\"" + sha + "\"");
                checked++;
            }
        }
        assertThat(checked).isEqualTo(RdfSyntax.values().length);
    }

    @Test
    void rangeHeadAndConditionalRequests() throws IOException {
        byte[] file = Files.readAllBytes(live(RdfSyntax.NQUADS.fileName()));
        String path = "/dumps/" + RdfSyntax.NQUADS.fileName();

        HttpResponse<byte[]> part = get(path, "Range", "bytes=10-109");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 10-109/" + file.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(file, 10, 110));

        HttpResponse<byte[]> head = send("HEAD", path);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(file.length);
        assertThat(head.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(head.body()).isEmpty();

        String etag = head.headers().firstValue("ETag").orElseThrow();
        String lastModified = head.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get(path, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void textDumpsAreGzippedOnRequestAndGzFilesNever() throws IOException {
        HttpResponse<byte[]> turtle = get("/dumps/" + RdfSyntax.TURTLE.fileName(), "Accept-Encoding", "gzip");
        assertThat(turtle.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(new GZIPInputStream(new ByteArrayInputStream(turtle.body())).readAllBytes())
                .isEqualTo(Files.readAllBytes(live(RdfSyntax.TURTLE.fileName())));
        assertThat(turtle.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).endsWith("-gzip\""));
        assertThat(get("/dumps/" + RdfSyntax.TURTLE.fileName(), "Accept-Encoding", "gzip",
                "If-None-Match", turtle.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);

        HttpResponse<byte[]> nq = get("/dumps/" + RdfSyntax.NQUADS.fileName(), "Accept-Encoding", "gzip");
        assertThat(nq.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(nq.headers().firstValue("Content-Type")).contains("application/gzip");
        assertThat(nq.body()).isEqualTo(Files.readAllBytes(live(RdfSyntax.NQUADS.fileName())));
    }

    @Test
    void gzipComesFromTheCopyWrittenWithTheReleaseWithItsOwnLengthRangeAndEtag() throws IOException {
        String path = "/dumps/" + RdfSyntax.TURTLE.fileName();
        byte[] plain = Files.readAllBytes(live(RdfSyntax.TURTLE.fileName()));
        byte[] gz = Files.readAllBytes(live("gzip/" + RdfSyntax.TURTLE.fileName() + ".gz"));
        assertThat(gz.length).isLessThan(plain.length);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes()).isEqualTo(plain);

        HttpResponse<byte[]> whole = get(path, "Accept-Encoding", "gzip");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(whole.headers().firstValueAsLong("Content-Length")).hasValue(gz.length);
        assertThat(whole.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        assertThat(whole.headers().allValues("Vary").toString()).contains("Accept-Encoding");
        assertThat(whole.body()).isEqualTo(gz);
        String gzipTag = whole.headers().firstValue("ETag").orElseThrow();
        String plainTag = get(path).headers().firstValue("ETag").orElseThrow();
        assertThat(gzipTag).isNotEqualTo(plainTag).endsWith("-gzip\"");

        // A range of the gzip representation is a range of the gzipped bytes.
        HttpResponse<byte[]> part = get(path, "Accept-Encoding", "gzip", "Range", "bytes=0-99");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 0-99/" + gz.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(gz, 0, 100));

        assertThat(get(path, "Accept-Encoding", "gzip", "If-None-Match", gzipTag).statusCode()).isEqualTo(304);
        assertThat(get(path, "Accept-Encoding", "gzip", "If-None-Match", plainTag).statusCode()).isEqualTo(200);
        assertThat(get(path, "If-None-Match", plainTag).statusCode()).isEqualTo(304);
    }

    @Test
    void checksumsVoidAndReleasesAreServed() throws IOException {
        HttpResponse<byte[]> sums = get("/dumps/SHA256SUMS");
        assertThat(sums.statusCode()).isEqualTo(200);
        assertThat(new String(sums.body())).isEqualTo(Files.readString(live("SHA256SUMS")));

        HttpResponse<byte[]> voidTtl = get("/.well-known/void");
        assertThat(voidTtl.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        Model v = parse(voidTtl.body(), Lang.TURTLE);
        assertThat(v.contains(v.createResource(ROOT + "catalog#esf-kg"), v.createProperty("http://rdfs.org/ns/void#sparqlEndpoint"),
                v.createResource(ROOT + "esf/sparql"))).isTrue();
        assertThat(parse(get("/.well-known/void", "Accept", "application/rdf+xml").body(), Lang.RDFXML).isIsomorphicWith(v)).isTrue();

        HttpResponse<byte[]> page = get("/releases", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new String(page.body())).contains("href=\"/releases/1\"");
        Model series = parse(get("/releases", "Accept", "text/turtle").body(), Lang.TURTLE);
        assertThat(series.contains(series.createResource(ROOT + "releases/1"),
                series.createProperty("http://www.w3.org/ns/dcat#version"), "1")).isTrue();
        HttpResponse<byte[]> one = get("/releases/1", "Accept", "text/html");
        assertThat(new String(one.body())).contains("esf-kg.nq.gz", "SHA256SUMS");
        assertThat(get("/releases/1/catalog.ttl").statusCode()).isEqualTo(200);
        assertThat(get("/releases/7/catalog.ttl").statusCode()).isEqualTo(404);
        assertThat(get("/dumps/release.properties").statusCode()).isEqualTo(404);
        assertThat(get("/dumps/..%2FCURRENT").statusCode()).isIn(400, 404);
        HttpResponse<byte[]> folder = get("/dumps/");
        assertThat(folder.statusCode()).isEqualTo(303);
        assertThat(folder.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/releases/1"));
    }
}
