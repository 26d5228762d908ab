package se.esfkg.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

import se.esfkg.web.SeedData;
import se.esfkg.web.search.TextSearch.Hit;
import se.esfkg.web.site.Page;

/** Full-text search on the Lucene index of the five seed pages. */
class TextSearchTests {

    final DatasetGraph dataset = SeedData.database().dataset();
    final TextSearch search = new TextSearch();

    @Test
    void aPhraseFindsTheProjectsThatWriteIt() {
        // As sparql-examples/fulltext-socialt-foretagande.rq answers on the seeds.
        Page<Hit> hits = search.search(dataset, "\"socialt företagande\"", 1);
        assertThat(hits.items()).extracting(Hit::title).containsExactlyInAnyOrder("Samverkan utan gränser", "VaraLyftet");
        Hit vara = hits.items().stream().filter(h -> h.title().equals("VaraLyftet")).findFirst().orElseThrow();
        assertThat(vara.sections()).contains("Syfte", "Bakgrund");
        assertThat(vara.project()).isEqualTo(SeedData.BASE + "project/varalyftet-2010");
    }

    @Test
    void swedishStemmingAndFoldingFindTheSameProjects() {
        List<String> exact = titles("företagande");
        assertThat(exact).isNotEmpty();
        assertThat(titles("foretagandet")).containsExactlyInAnyOrderElementsOf(exact);
    }

    @Test
    void theSnippetMarksAMatchingWord() {
        Hit hit = search.search(dataset, "Lycksele", 1).items().get(0);
        assertThat(hit.title()).isEqualTo("ResursCentrum");
        assertThat(hit.snippet().match()).isEqualToIgnoringCase("Lycksele");
        assertThat(hit.snippet().before() + hit.snippet().match() + hit.snippet().after()).contains("Lycksele");
    }

    @Test
    void luceneSyntaxErrorsAreSearchedAsPlainWordsAndEmptyFindsNothing() {
        assertThat(titles("Lycksele AND (")).contains("ResursCentrum");
        assertThat(search.search(dataset, "  ", 1).total()).isZero();
        assertThat(titles("qqxyzzy")).isEmpty();
    }

    @Test
    void snippetFoldsCaseAndDiacritics() {
        Snippet s = Snippet.of("Projektet arbetar med Socialt Företagande i Vara.", List.of("foretagande"));
        assertThat(s.match()).isEqualTo("Företagande");
        assertThat(s.before()).endsWith("Socialt ");
        assertThat(Snippet.words("\"socialt företagande\" AND vara*")).containsExactly("socialt", "företagande", "vara");
    }

    List<String> titles(String q) {
        return search.search(dataset, q, 1).items().stream().map(Hit::title).toList();
    }
}
