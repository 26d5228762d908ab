package se.esfkg.web.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import se.esfkg.testing.Http;
import se.esfkg.web.EsfServer;
import se.esfkg.web.SeedData;

/** /ontology and the concept schemes as HTML references, in both languages; RDF stays the generic answer. */
class OntologyPagesTests {

    final EsfServer server = SeedData.server();

    Document page(String path, String language) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept", "text/html").header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void theOntologyPageListsEachClassWithItsPropertiesAndShapes() throws Exception {
        Document en = page("/ontology", "en");
        assertThat(en.selectFirst("h1").text()).isEqualTo("The esf-kg ontology");
        Element project = en.getElementById("Project");
        assertThat(project.selectFirst("h3").text()).isEqualTo("Project esf:Project");
        assertThat(project.select("dd a").eachText()).contains("schema:Project", "prov:Activity", "esf:esfGrant");
        // From ontology/shapes.ttl, esfsh:ProjectShape.
        assertThat(project.select("table.data td").eachText())
                .contains("A project needs exactly one Swedish title (dcterms:title \"…\"@sv).");
        // An inverse path is written as SPARQL writes it.
        assertThat(en.getElementById("Classification").select("table.data th code").eachText())
                .contains("^esf:hasClassification");
        Element owner = en.getElementById("owner");
        assertThat(owner.select("dd").eachText()).contains("Object property", "esf:Project");
        assertThat(page("/ontology", "sv").selectFirst("h1").text()).isEqualTo("ESF-kg-ontologin");
    }

    @Test
    void aConceptSchemeShowsItsConceptsInBothLanguages() throws Exception {
        Document sv = page("/def/phase", "sv");
        assertThat(sv.selectFirst("h1").text()).isEqualTo("Projektfaser");
        assertThat(sv.select("ul.tree > li > a").eachText()).containsExactly("Förprojektering", "Genomförande", "Mobilisering");
        assertThat(sv.select("ul.tree .other").eachText()).contains("(Implementation)");
        assertThat(sv.select("ul.tree > li > a").first().attr("href")).isEqualTo("/def/phase/pre-study");
        Document en = page("/def/phase", "en");
        assertThat(en.select("ul.tree > li > a").eachText()).containsExactly("Implementation", "Mobilisation", "Pre-study");
    }

    @Test
    void machinesStillGetRdf() {
        HttpResponse<String> turtle = Http.get(server.url("/def/phase"), "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        assertThat(turtle.body()).contains("Projektfaser");
    }
}
