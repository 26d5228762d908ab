package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;
import se.esfkg.testing.Knowledge;

/** A folder mixing all four inputs (layouts A, B, C and the CSV export) converts in one run. */
class ConvertMixedFolderTests {

    @TempDir
    static Path tmp;
    static ConvertSummary summary;
    static Model union;

    @BeforeAll
    static void convertMixedFolder() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.toList()) {
                Files.copy(s, in.resolve(s.getFileName()));
            }
        }
        // Neutral names: the reader is chosen by content, never by file name.
        Files.copy(Path.of("src/test/resources/layouts/b/format-b-example.txt"), in.resolve("page-b.txt"));
        Files.copy(Path.of("src/test/resources/layouts/c/format-c-example.txt"), in.resolve("page-c.txt"));
        Files.copy(Path.of("src/test/resources/layouts/d/export-example.csv"), in.resolve("export.txt"));
        Files.copy(Path.of("src/test/resources/layouts/d/bad-rows-01.csv"), in.resolve("export-bad-rows.csv"));
        summary = Converter.builder().build().convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);
        DatasetGraph out = RDFDataMgr.loadDatasetGraph(tmp.resolve("out/esf-kg.nq.gz").toString());
        union = ModelFactory.createModelForGraph(out.getUnionGraph());
    }

    @Test
    void everyGoodRecordConvertsAndEveryBadRowIsReportedByLine() {
        List<String> errors = summary.problems().stream().filter(p -> p.severity() == Severity.ERROR)
                .map(Problem::location).map(l -> l.file() + ":" + l.line()).toList();
        // Only the row with a missing field (its columns shifted) and the row without a title are lost;
        // rows 6, 7 and 10 each lose one odd value (amount, date, rate) with a warning and are published.
        assertThat(errors).containsExactly("export-bad-rows.csv:5", "export-bad-rows.csv:8");
        // 5 seeds, B, C, two export rows, and five of the seven rows of the bad-rows export.
        assertThat(summary.converted()).isEqualTo(14);
        assertThat(summary.failed()).isEqualTo(2);
    }

    @Test
    void theOutputConformsToTheShapes() {
        var r = Converter.builder().knowledge(Knowledge.SHIPPED).build().datasetValidation().validate(tmp.resolve("out/esf-kg.nq.gz"));
        assertThat(r.conforms()).as(r::report).isTrue();
        // The 14 converted pages' graphs, the corpus statistics graph, its four pair graphs (the
        // seeds' pairs, whose lower municipalities are Sölvesborg, Kristianstad, Hässleholm and Vara)
        // and the seeds' seven partner-reach buckets (the other layouts' partners share no municipality
        // code with a project, so they reach none); the lists' tallies graph, and the sort-key graphs by
        // a key's first two characters: the 14 titles begin in 11 ways, the organisations' names in 15.
        assertThat(r.graphsChecked()).isEqualTo(26 + 1 + 11 + 15);
    }

    @Test
    void eachLayoutIsRecordedInProvenance() {
        assertThat(select("SELECT ?file ?layout WHERE { ?p a esf:Project ; dcterms:source ?s . "
                + "?s dcterms:identifier ?file ; esf:layout ?layout } ORDER BY ?file ?layout", "file", "layout"))
                .contains("page-b.txt B", "page-c.txt C", "export.txt D", "000_05dbab979be8d6ed.txt A");
    }

    @Test
    void structuredFieldsOfLayoutsBAndC() {
        assertThat(select("""
                SELECT ?title ?grant ?total ?start ?end ?region ?n WHERE {
                  ?p dcterms:title ?title ; esf:esfGrant ?grant ; esf:totalBudget ?total ; schema:startDate ?start ;
                     schema:endDate ?end ; esf:region/skos:notation ?region ; esf:plannedParticipants ?n ;
                     dcterms:source/esf:layout ?l FILTER(?l IN ("B", "C")) } ORDER BY ?title""",
                "title", "grant", "total", "start", "end", "region", "n")).containsExactly(
                "Digitalt lyft i Bergslagen 3206150 6412300 2017-02-01 2019-12-31 SE31 240",
                "Vägen vidare i Norrbotten 12435000 24870000 2023-09-01 2026-08-31 SE33 150");
        assertThat(select("SELECT ?case ?rate WHERE { ?p esf:caseNumber ?case ; esf:euCofinancingRate ?rate ; "
                + "dcterms:source/esf:layout \"C\" }", "case", "rate")).containsExactly("2023/00117 50");
        assertThat(select("SELECT ?call ?report WHERE { ?p esf:call/skos:prefLabel ?call ; esf:evaluationReport ?report }",
                "call", "report")).containsExactly("2016/00412 Slutrapport extern utvärdering (pdf)");
    }

    @Test
    void municipalitiesNamedInTheTextAreMentionsWithTheirSentence() {
        assertThat(select("""
                SELECT ?title ?code WHERE { ?p dcterms:title ?title ; esf:mentionsMunicipality/esf:municipalityCode ?code ;
                  dcterms:source/esf:layout "C" } ORDER BY ?code""", "title", "code"))
                .containsExactly("Vägen vidare i Norrbotten 2580", "Vägen vidare i Norrbotten 2581",
                        "Vägen vidare i Norrbotten 2582");
        assertThat(select("""
                SELECT ?phrase WHERE { ?p esf:hasMention ?m . ?m esf:mentionedMunicipality/esf:municipalityCode "2085" ;
                  esf:matchedPhrase ?phrase ; esf:quote ?q FILTER(CONTAINS(?q, "Ludvika, Smedjebacken och Fagersta")) }""",
                "phrase")).containsExactly("Ludvika");
        assertThat(select("SELECT ?p WHERE { ?p esf:municipality ?m ; dcterms:source/esf:layout ?l FILTER(?l != \"A\") }",
                "p")).as("layouts without a Kommun list declare no municipality").isEmpty();
    }

    @Test
    void theOwnerOfLayoutCIsADepartmentOfLulea() {
        assertThat(select("""
                SELECT ?parent WHERE { ?p esf:caseNumber "2023/00117" ; esf:owner/org:unitOf ?m .
                  ?m esf:municipalityCode ?parent }""", "parent")).containsExactly("2580");
    }

    @Test
    void theCsvExportKeepsOrganisationNumberEnglishSummaryAndProgrammeCci() {
        assertThat(select("""
                SELECT ?orgnr ?cci ?fund WHERE { ?p esf:caseNumber "23-021-S01" ; esf:programmeCci ?cci ; esf:fund ?fund ;
                  esf:owner/esf:organisationNumber ?orgnr }""", "orgnr", "cci", "fund"))
                .containsExactly("212000-0000 2021SE05SFPR ESF+");
        assertThat(select("SELECT ?id WHERE { ?p esf:caseNumber \"23-017-S01\" ; esf:kohesioOperationId ?id }", "id"))
                .containsExactly("2021SE05SFPR001_23-017-S01");
        assertThat(select("""
                SELECT ?text WHERE { ?p esf:caseNumber "23-017-S01" ; dcterms:abstract ?text FILTER(lang(?text) = "en") }""",
                "text")).containsExactly(
                "A joint project of Luleå, Boden and Piteå for young adults not in employment or education.");
    }

    static List<String> select(String query, String... vars) {
        String prefixes = ConvertSeedsTests.PREFIXES;
        List<String> rows = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(prefixes + query, union)) {
            qe.execSelect().forEachRemaining(s -> {
                List<String> cells = new ArrayList<>();
                for (String v : vars) {
                    cells.add(s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString());
                }
                rows.add(String.join(" ", cells));
            });
        }
        return rows;
    }
}
