package se.esfkg.web.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.Rio;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.esfkg.output.RdfSyntax;
import se.esfkg.testing.Http;
import se.esfkg.testing.SeedData;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;

/**
 * What a description holds, read back by an independent parser (RDF4J Rio): the resource's own
 * triples in their source graphs, incoming links with their labels, paging, and the page language.
 */
class DescriptionTests {

    static final String ROOT = "https://w3id.org/esf-kg/";
    static final String ESF = ROOT + "ontology#";

    @TempDir
    static Path tmp;
    static EsfServer server;

    @BeforeAll
    static void start() {
        server = Servers.start(SeedData.loadedInto(tmp.resolve("data")), "esf.page-size", 4);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Model rio(String path, RdfSyntax syntax) {
        HttpResponse<String> r = Http.get(server.url("/" + path + "." + syntax.suffix()), "*/*");
        assertThat(r.statusCode()).as(path + "." + syntax.suffix()).isEqualTo(200);
        try {
            return Rio.parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ROOT, syntax.rioFormat());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model triples(Model m) {
        Model out = new LinkedHashModel();
        m.forEach(s -> out.add(s.getSubject(), s.getPredicate(), s.getObject()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"id/project/resurscentrum-2014", "id/municipality/2481", "id/organisation/arbetsformedlingen",
        "id/project/resurscentrum-2014/classification/cooperation-model/one-way-in/evidence-1", "def/cooperation-model",
        "ontology"})
    void everySyntaxRoundTripsThroughRioToTheSameTriples(String path) {
        Model turtle = rio(path, RdfSyntax.TURTLE);
        assertThat(turtle.filter(Values.iri(ROOT + path), null, null)).isNotEmpty();
        for (RdfSyntax syntax : RdfSyntax.values()) {
            Model m = rio(path, syntax);
            assertThat(Models.isomorphic(triples(m), turtle)).as(path + " as " + syntax.id()).isTrue();
            if (syntax.quads()) {
                // Every statement keeps the graph it came from.
                assertThat(m.contexts()).as(syntax.id()).doesNotContainNull().isNotEmpty();
            }
        }
    }

    @Test
    void aProjectsFactsComeWithTheirSourcePage() {
        Model nq = rio("id/project/resurscentrum-2014", RdfSyntax.NQUADS);
        var project = Values.iri(ROOT + "id/project/resurscentrum-2014");
        var source = Values.iri(ROOT + "id/source/000_05dbab979be8d6ed");
        assertThat(nq.filter(project, Values.iri("http://purl.org/dc/terms/title"), null, source)).hasSize(1);
        assertThat(nq.filter(project, Values.iri("http://purl.org/dc/terms/source"), source, source)).hasSize(1);
        // Labels of what it links to: its municipality's name, from the reference graph.
        var lycksele = Values.iri(ROOT + "id/municipality/2481");
        assertThat(nq.filter(project, Values.iri(ESF + "municipality"), lycksele)).isNotEmpty();
        assertThat(Models.objectLiteral(nq.filter(lycksele, Values.iri("http://www.w3.org/2004/02/skos/core#prefLabel"), null)))
                .hasValueSatisfying(l -> assertThat(l.getLabel()).isEqualTo("Lycksele kommun"));
    }

    @Test
    void aMunicipalityListsItsProjectsAndTheOrganisationsWorkingThere() {
        Model m = rio("id/municipality/2481", RdfSyntax.TURTLE);
        var lycksele = Values.iri(ROOT + "id/municipality/2481");
        var project = Values.iri(ROOT + "id/project/resurscentrum-2014");
        var unit = Values.iri(ROOT + "id/organisation/municipality-2481/arbetsmarknadsenheten");
        assertThat(m.contains(project, Values.iri(ESF + "municipality"), lycksele)).isTrue();
        assertThat(m.contains(unit, Values.iri("http://www.w3.org/ns/org#unitOf"), lycksele)).isTrue();
        assertThat(Models.objectLiteral(m.filter(project, Values.iri("http://purl.org/dc/terms/title"), null)))
                .hasValueSatisfying(l -> assertThat(l.getLabel()).isEqualTo("ResursCentrum"));

        String page = Http.get(server.url("/id/municipality/2481?lang=en"), "text/html").body();
        assertThat(page).contains("ResursCentrum").contains("Arbetsmarknadsenheten").contains("href=\"/id/project/resurscentrum-2014\"");
    }

    private static Document html(String path, String language) {
        HttpResponse<String> r = Http.get(server.url("/" + path + ".html?lang=" + language), "*/*");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void aMunicipalityPageListsTheOrganisationsWorkingThereThroughTheirRoles(String language) {
        // seeds/003 (Samverkan utan gränser): Kommun Hässleholm and Kristianstad; partner Arbetsförmedlingen Hässleholm.
        Document page = html("id/municipality/1293", language);
        Elements here = page.select("section[aria-labelledby=related-organisations-here] li a");
        assertThat(here.eachAttr("href")).contains("/id/organisation/arbetsformedlingen/hassleholm");
        assertThat(here.eachText()).contains("Arbetsförmedlingen Hässleholm");
        // The RDF says why: project esf:municipality, project esf:hasRole role, role prov:agent organisation.
        Model m = rio("id/municipality/1293", RdfSyntax.TURTLE);
        var office = Values.iri(ROOT + "id/organisation/arbetsformedlingen/hassleholm");
        assertThat(m.filter(null, Values.iri("http://www.w3.org/ns/prov#agent"), office)).isNotEmpty();
    }

    @Test
    void anOrganisationPageListsTheProjectsOfItsUnitsRoles() {
        // Arbetsförmedlingen works through its offices: Lycksele in ResursCentrum (seeds/000).
        Elements projects = html("id/organisation/arbetsformedlingen", "en")
                .select("section[aria-labelledby=related-projects] li a");
        assertThat(projects.eachAttr("href")).contains("/id/project/resurscentrum-2014");
        assertThat(projects.eachText()).contains("ResursCentrum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void aUnitsPageNamesItsParentInTheTitleAndTheTrail(String language) {
        Document page = html("id/organisation/municipality-2481/arbetsmarknadsenheten", language);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Arbetsmarknadsenheten, Lycksele kommun");
        Elements trail = page.select("nav.trail a");
        assertThat(trail.eachAttr("href")).containsExactly("/id/municipality/2481");
        assertThat(trail.eachText()).containsExactly("Lycksele kommun");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id/organisation/arbetsformedlingen/lycksele", "id/project/resurscentrum-2014",
        "id/municipality/2481", "id/project/resurscentrum-2014/classification/cooperation-model/one-way-in",
        "id/project/resurscentrum-2014/classification/cooperation-model/one-way-in/evidence-1"})
    void noRawIriIsShownAsTextForRolesClassificationsAndEvidence(String path) {
        for (String language : List.of("sv", "en")) {
            Element main = html(path, language).selectFirst("main");
            main.select("dl.identity").remove(); // the page's own IRI is shown there on purpose
            assertThat(main.text()).as(path + " " + language).doesNotContain("https://w3id.org/");
        }
    }

    @Test
    void twoProjectsClassificationsUnderOneConceptAreToldApartInLinkedFrom() {
        // ResursCentrum (seeds/000) and VaraLyftet (seeds/002) are both classified "one way in".
        Document page = html("def/cooperation-model/one-way-in", "sv");
        List<String> names = page.select("section[aria-labelledby=incoming-heading] a[href*=/classification/]").eachText();
        assertThat(names).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aRolesPageNamesItsProjectInTheTrailAndEachFactItsSourcePage() {
        Document page = html("id/project/resurscentrum-2014/role/partner/organisation-arbetsformedlingen-lycksele", "en");
        assertThat(page.select("nav.trail a").eachAttr("href")).containsExactly("/id/project/resurscentrum-2014");
        // All its facts come from one source page: the page says so once.
        assertThat(page.select("table.properties small.source")).isEmpty();
        assertThat(page.select("section[aria-labelledby=sources-heading] a").eachAttr("href"))
                .containsExactly("/id/source/000_05dbab979be8d6ed");
        // A municipality's facts come from the reference data and from the pages that name it: each says which.
        Document municipality = html("id/municipality/1293", "sv");
        Element code = municipality.select("table.properties tr").stream()
                .filter(tr -> tr.text().contains("1293")).findFirst().orElseThrow();
        assertThat(code.select("small.source a").eachAttr("href")).containsExactly("/id/graph/reference");
        assertThat(code.select("small.source").text()).doesNotContain("https://");
    }

    @Test
    void anOrganisationListsItsUnits() {
        Model m = rio("id/organisation/arbetsformedlingen", RdfSyntax.TURTLE);
        var agency = Values.iri(ROOT + "id/organisation/arbetsformedlingen");
        Set<String> units = new HashSet<>();
        m.filter(null, Values.iri("http://www.w3.org/ns/org#unitOf"), agency).forEach(s -> units.add(s.getSubject().stringValue()));
        assertThat(units).containsExactlyInAnyOrder(ROOT + "id/organisation/arbetsformedlingen/hassleholm",
                ROOT + "id/organisation/arbetsformedlingen/karlshamn", ROOT + "id/organisation/arbetsformedlingen/lycksele",
                ROOT + "id/organisation/arbetsformedlingen/skaraborg");
    }

    @Test
    void longListsOfIncomingLinksArePagedWithLinks() {
        // Västerbottens län has 17 resources pointing at it: its 15 municipalities and the corpus
        // statistics' two figures of it (its budget totals and its project tally for the lists), which
        // sort after the municipalities: 5 pages of 4, the municipalities on the first four.
        String county = "/id/county/24.ttl";
        var countyIri = Values.iri(ROOT + "id/county/24");
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= 5; page++) {
            HttpResponse<String> r = Http.get(server.url(county + "?page=" + page), "*/*");
            assertThat(r.statusCode()).isEqualTo(200);
            List<String> links = r.headers().allValues("Link");
            assertThat(links.stream().anyMatch(l -> l.contains("rel=\"next\""))).as("next on page " + page).isEqualTo(page < 5);
            assertThat(links.stream().anyMatch(l -> l.contains("rel=\"prev\""))).as("prev on page " + page).isEqualTo(page > 1);
            Model m;
            try {
                m = Rio.parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ROOT, RdfSyntax.TURTLE.rioFormat());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> onPage = new HashSet<>();
            for (Statement s : m.filter(null, Values.iri(ESF + "county"), countyIri)) {
                onPage.add(s.getSubject().stringValue());
            }
            assertThat(onPage).hasSize(page < 4 ? 4 : page == 4 ? 3 : 0);
            if (page == 5) {
                assertThat(m.filter(null, Values.iri(ESF + "totalsOf"), countyIri)).hasSize(1);
            } else {
                assertThat(seen).doesNotContainAnyElementsOf(onPage);
            }
            seen.addAll(onPage);
            // The county's own triples are on every page.
            assertThat(m.filter(countyIri, Values.iri(ESF + "countyCode"), null)).hasSize(1);
        }
        assertThat(seen).hasSize(15).contains(ROOT + "id/municipality/2481");
        assertThat(Http.get(server.url(county + "?page=6"), "*/*").statusCode()).isEqualTo(404);

        String html = Http.get(server.url("/id/county/24?page=2&lang=sv"), "text/html").body();
        assertThat(html).contains("Sida 2 av 5").contains("rel=\"next\"").contains("rel=\"prev\"");
    }

    @Test
    void theLanguageFollowsAcceptLanguageUntilTheSwitchSetsACookie() {
        String path = "/id/region/SE33";
        HttpResponse<String> sv = Http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept", "text/html").header("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5").GET().build());
        assertThat(sv.body()).contains("<html lang=\"sv\"").contains("<h1>Övre Norrland</h1>");
        HttpResponse<String> en = Http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept", "text/html").header("Accept-Language", "en-GB,en;q=0.8").GET().build());
        assertThat(en.body()).contains("<html lang=\"en\"").contains("<h1>Upper Norrland</h1>");

        HttpResponse<String> switched = Http.send(HttpRequest.newBuilder(URI.create(server.url(path + "?lang=en")))
                .header("Accept", "text/html").header("Accept-Language", "sv").GET().build());
        String cookie = switched.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("esf-lang="))
                .findFirst().orElseThrow();
        assertThat(switched.body()).contains("<html lang=\"en\"");
        HttpResponse<String> later = Http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept", "text/html").header("Accept-Language", "sv").header("Cookie", cookie.split(";", 2)[0]).GET().build());
        assertThat(later.body()).contains("<html lang=\"en\"").contains("Upper Norrland");

        // A language the site does not speak is not remembered, nor claimed in the lang attribute.
        HttpResponse<String> french = Http.send(HttpRequest.newBuilder(URI.create(server.url(path + "?lang=fr")))
                .header("Accept", "text/html").header("Accept-Language", "sv").GET().build());
        assertThat(french.body()).contains("<html lang=\"sv\"");
        assertThat(french.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("esf-lang=fr"));
    }

    @Test
    void amountsAndDatesAreFormattedForPeople() {
        String sv = Http.get(server.url("/id/project/resurscentrum-2014.html?lang=sv"), "*/*").body();
        String en = Http.get(server.url("/id/project/resurscentrum-2014.html?lang=en"), "*/*").body();
        // Amounts in kronor with the locale's grouping; dates written out.
        assertThat(sv).containsPattern("\\d[\\u00a0\\u202f ]\\d{3}[\\u00a0\\u202f ]\\d{3} kr");
        assertThat(en).containsPattern("\\d,\\d{3},\\d{3} kr");
        assertThat(en).containsPattern("(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}");
    }

    @Test
    void aProjectPageShowsEachClassificationsEvidenceWithThePhraseMarkedAndItsSection() {
        String page = Http.get(server.url("/id/project/resurscentrum-2014.html?lang=sv"), "*/*").body();
        // one-way-in/evidence-1 matched "samorganiserad verksamhet" in the background section.
        assertThat(page).containsPattern("<mark>[Ss]amorganiserad verksamhet</mark>")
                .contains("href=\"/id/project/resurscentrum-2014/section/background\"")
                .contains("href=\"/id/project/resurscentrum-2014/classification/cooperation-model/one-way-in/evidence-1\"");
        String evidencePage = Http.get(server.url(
                "/id/project/resurscentrum-2014/classification/cooperation-model/one-way-in/evidence-1.html"), "*/*").body();
        assertThat(evidencePage).containsPattern("<mark>[Ss]amorganiserad verksamhet</mark>");
    }

    @Test
    void pagesEmbedSchemaOrgForSearchEngines() {
        String page = Http.get(server.url("/id/project/resurscentrum-2014.html"), "*/*").body();
        int start = page.indexOf("<script type=\"application/ld+json\">");
        assertThat(start).isPositive();
        String json = page.substring(page.indexOf('>', start) + 1, page.indexOf("</script>", start));
        var tree = readJson(json);
        assertThat(tree.get("@id").asText()).isEqualTo(ROOT + "id/project/resurscentrum-2014");
        assertThat(tree.get("location").get(0).get("name").asText()).isEqualTo("Lycksele kommun");
        assertThat(json).contains("\"@type\":\"Project\"").contains("\"name\":\"ResursCentrum\"")
                .contains("\"startDate\":\"2014-");
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void healthNamesTheLiveGenerationAndMetricsCountSparql() {
        HttpResponse<String> ready = Http.get(server.url("/actuator/health/readiness"), "application/json");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"").contains("\"generation\":\"" + server.liveData().generation().id() + "\"");
        Http.getQuery(server.endpoint(), "ASK { ?s ?p ?o }", "application/sparql-results+json");
        String metrics = Http.get(server.url("/actuator/prometheus"), "text/plain").body();
        assertThat(metrics).contains("esf_sparql_requests_seconds_count{").contains("outcome=\"ok\"");
    }
}
