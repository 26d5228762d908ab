package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.output.RdfSyntax;
import se.esfkg.problem.Problem;
import se.esfkg.testing.Knowledge;

/**
 * The seeds through the whole conversion: every page converts, the output conforms to the shapes,
 * two runs write identical bytes, and the graph says what the pages say.
 */
class ConvertSeedsTests {

    static final String B = "https://w3id.org/esf-kg/id/";

    @TempDir
    static Path tmp;
    static ConvertSummary summary;
    static List<Problem> logged = new ArrayList<>();
    static DatasetGraph output;

    @BeforeAll
    static void convertSeeds() {
        summary = Converter.builder().build().convert(Path.of("seeds"), tmp.resolve("out"), logged::add,
                ProgressListener.NONE);
        output = RDFDataMgr.loadDatasetGraph(tmp.resolve("out").resolve(RdfSyntax.NQUADS.fileName()).toString());
    }

    @Test
    void everySeedConvertsWithoutProblems() {
        assertThat(summary.filesRead()).isEqualTo(5);
        assertThat(summary.converted()).isEqualTo(5);
        assertThat(summary.failed()).isZero();
        assertThat(summary.problems()).isEmpty();
        assertThat(summary.succeeded()).isTrue();
        assertThat(summary.triples()).isEqualTo(count(output));
        for (RdfSyntax f : RdfSyntax.values()) {
            assertThat(tmp.resolve("out").resolve(f.fileName())).isNotEmptyFile();
        }
        assertThat(tmp.resolve("out").resolve(RdfSyntax.JSONLD_CONTEXT_FILE)).isNotEmptyFile();
    }

    @Test
    void onePagePerGraphPlusOntologyConceptsReferenceAndStatistics() {
        List<String> graphs = new ArrayList<>();
        output.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertThat(graphs).containsExactlyInAnyOrder("https://w3id.org/esf-kg/ontology", B + "graph/concepts",
                B + "graph/reference", B + "graph/statistics", B + "graph/statistics/pairs/1083", B + "graph/statistics/pairs/1290",
                B + "graph/statistics/pairs/1293", B + "graph/statistics/pairs/1470",
                // The seeds' nine partners after the roll-up (Arbetsförmedlingen, Ung Företagsamhet, two
                // departments of Lycksele's page, four municipal departments), hashed into seven buckets.
                B + "graph/statistics/partners/01", B + "graph/statistics/partners/02", B + "graph/statistics/partners/06",
                B + "graph/statistics/partners/11", B + "graph/statistics/partners/16", B + "graph/statistics/partners/38",
                B + "graph/statistics/partners/54",
                // The site's lists: their figures, and the sort keys by their first two characters (hex of
                // UTF-8): the titles "re", "sa", "te", "va", "vi"; the 17 organisations' names "ar"
                // (Arbetsförmedlingen, Arbetsmarknadsenheten …), "in", "ko", "ly", "om", "ps", "un".
                B + "graph/statistics/lists", B + "graph/statistics/titles/7265", B + "graph/statistics/titles/7361",
                B + "graph/statistics/titles/7465", B + "graph/statistics/titles/7661", B + "graph/statistics/titles/7669",
                B + "graph/statistics/organisations/6172", B + "graph/statistics/organisations/696e",
                B + "graph/statistics/organisations/6b6f", B + "graph/statistics/organisations/6c79",
                B + "graph/statistics/organisations/6f6d", B + "graph/statistics/organisations/7073",
                B + "graph/statistics/organisations/756e", B + "source/000_05dbab979be8d6ed", B + "source/001_cadcfa4700230a5b",
                B + "source/002_34e89ac2aefdf7c1", B + "source/003_5644959ee2017856", B + "source/004_ed19341546b216d7");
    }

    @Test
    void theWholeOutputConformsToTheShapes() {
        DatasetValidation.Result r = Converter.builder().knowledge(Knowledge.SHIPPED).base(B).build().datasetValidation().validate(tmp.resolve("out").resolve("esf-kg.nq.gz"));
        assertThat(r.violations()).isEmpty();
        // The five pages, the statistics graph, its four pair graphs (one per lower municipality of
        // a pair: Sölvesborg, Kristianstad, Hässleholm, Vara) and seven partner-reach buckets; the
        // ontology, concepts and reference are their context.
        assertThat(r.graphsChecked()).isEqualTo(30);
        DatasetValidation.Result turtle = Converter.builder().knowledge(Knowledge.SHIPPED).base(B).build().datasetValidation().validate(tmp.resolve("out").resolve("esf-kg.ttl"));
        assertThat(turtle.conforms()).as(turtle::report).isTrue();
    }

    @Test
    void twoRunsWriteIdenticalBytes() throws IOException {
        Converter.builder().build().convert(Path.of("seeds"), tmp.resolve("again"), p -> { }, ProgressListener.NONE);
        for (RdfSyntax f : RdfSyntax.values()) {
            assertThat(Files.readAllBytes(tmp.resolve("again").resolve(f.fileName())))
                    .as(f.fileName()).isEqualTo(Files.readAllBytes(tmp.resolve("out").resolve(f.fileName())));
        }
    }

    @Test
    void rdf4jRioReadsEveryDumpBackAsTheSameGraphs() {
        for (RdfSyntax f : RdfSyntax.values()) {
            java.io.ByteArrayOutputStream nquads = new java.io.ByteArrayOutputStream();
            se.esfkg.output.RioCheck.parse(tmp.resolve("out").resolve(f.fileName()), f,
                    org.eclipse.rdf4j.rio.Rio.createWriter(org.eclipse.rdf4j.rio.RDFFormat.NQUADS, nquads));
            DatasetGraph reread = org.apache.jena.riot.RDFParser.source(
                    new java.io.ByteArrayInputStream(nquads.toByteArray())).lang(org.apache.jena.riot.Lang.NQUADS)
                    .toDatasetGraph();
            if (f.quads()) {
                output.listGraphNodes().forEachRemaining(g -> assertThat(org.apache.jena.sparql.util.IsoMatcher
                        .isomorphic(output.getGraph(g), reread.getGraph(g))).as(f + " " + g).isTrue());
                assertThat(count(reread)).as(f.fileName()).isEqualTo(count(output));
            } else {
                assertThat(org.apache.jena.sparql.util.IsoMatcher.isomorphic(output.getUnionGraph(),
                        reread.getDefaultGraph())).as(f.fileName()).isTrue();
            }
        }
    }

    @Test
    void personalDataStaysOut() throws IOException {
        String nq = new String(new java.util.zip.GZIPInputStream(
                Files.newInputStream(tmp.resolve("out").resolve("esf-kg.nq.gz"))).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(nq).doesNotContain("anna.ritzen@lycksele.se", "095016758", "0456-816136", "Anna Ritzén",
                "Marcus Cato", "maria.lindkvist@vara.se", "0142-854 81");
        assertThat(select("SELECT ?p WHERE { ?p schema:contactPoint ?c }", "p")).isEmpty();
    }

    @Test
    void municipalitiesWithCountyAndNuts2() {
        List<String> rows = select("""
                SELECT ?title ?code ?county ?nuts WHERE {
                  ?p a esf:Project ; dcterms:title ?title ; esf:municipality ?m .
                  ?m esf:municipalityCode ?code ; esf:county/esf:countyCode ?county ;
                     esf:nuts2Region/skos:notation ?nuts .
                } ORDER BY ?code""", "title", "code", "county", "nuts");
        assertThat(rows).containsExactly(
                "Visioncenter 0586 05 SE12",
                "Team work 1083 10 SE22",
                "Samverkan utan gränser 1290 12 SE22",
                "Samverkan utan gränser 1293 12 SE22",
                "VaraLyftet 1470 14 SE23",
                "ResursCentrum 2481 24 SE33");
    }

    @Test
    void amountsPeriodRegionAndPhase() {
        List<String> rows = select("""
                SELECT ?title ?grant ?total ?start ?end ?region ?phase WHERE {
                  ?p a esf:Project ; dcterms:title ?title ; esf:esfGrant ?grant ; esf:totalBudget ?total ;
                     schema:startDate ?start ; schema:endDate ?end ; esf:region/skos:notation ?region ;
                     esf:phase/skos:prefLabel ?phase . FILTER(lang(?phase) = "sv")
                } ORDER BY ?start""", "title", "grant", "total", "start", "end", "region", "phase");
        assertThat(rows).containsExactly(
                "Visioncenter 221114 294820 2008-09-01 2009-02-28 SE12 Förprojektering",
                "VaraLyftet 3677579 9193953 2010-04-01 2013-03-31 SE23 Genomförande",
                "Team work 3805362 10286532 2012-01-01 2014-06-30 SE22 Genomförande",
                "Samverkan utan gränser 10638862 25397159 2012-02-01 2014-12-31 SE22 Genomförande",
                "ResursCentrum 2774340 2774340 2014-01-02 2014-12-31 SE33 Genomförande");
    }

    @Test
    void agencyOfficesAreUnitsOfTheAgencyAndDepartmentsOfTheirMunicipality() {
        List<String> rows = select("""
                SELECT ?title ?role ?written ?parent WHERE {
                  ?p dcterms:title ?title ; esf:hasRole ?r .
                  ?r esf:roleType ?roleType ; esf:nameAsWritten ?written ; prov:agent ?o .
                  BIND(STRAFTER(STR(?roleType), "/role/") AS ?role)
                  ?o org:unitOf ?parentNode . ?parentNode skos:prefLabel ?parent .
                } ORDER BY ?title ?role ?written""", "title", "role", "written", "parent");
        assertThat(rows).contains(
                "ResursCentrum partner Arbetsförmedlingen Lycksele Arbetsförmedlingen",
                "ResursCentrum owner Arbetsmarknadsenheten Lycksele kommun",
                "Team work partner Arbetsförmedlingen Karlshamn Arbetsförmedlingen",
                "Team work owner Kommunledningsförvaltningen Sölvesborgs kommun",
                "VaraLyftet partner Arbetsförmedlingarna Skaraborg Arbetsförmedlingen",
                "VaraLyftet co-financer Arbetsmarknadsenheten Vara kommun",
                "Samverkan utan gränser partner Arbetsförmedlingen Hässleholm Arbetsförmedlingen",
                "Visioncenter owner Omsorgs- och socialförvaltningen Mjölby kommun");
        List<String> depts = select("""
                SELECT DISTINCT ?o WHERE { ?p esf:owner ?o . ?o skos:prefLabel "Arbetsmarknadsenheten"@sv }
                ORDER BY ?o""", "o");
        assertThat(depts).containsExactly(B + "organisation/municipality-1293/arbetsmarknadsenheten",
                B + "organisation/municipality-1470/arbetsmarknadsenheten",
                B + "organisation/municipality-2481/arbetsmarknadsenheten");
    }

    @Test
    void spellingVariantsOnOnePageAreOneOrganisation() {
        List<String> rows = select("""
                SELECT ?o (GROUP_CONCAT(?w; separator="|") AS ?names) WHERE {
                  ?p dcterms:title "Visioncenter"@sv ; esf:hasRole ?r . ?r esf:roleType esfdef:partner ;
                     prov:agent ?o ; esf:nameAsWritten ?w .
                } GROUP BY ?o""".replace("esfdef:partner", "<https://w3id.org/esf-kg/def/role/partner>"),
                "o", "names");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).contains("Individ och Familjeomsorg").contains("Individ och Familjeomsorgen");
    }

    @Test
    void classificationsCarryTheirEvidence() {
        List<String> rows = select("""
                SELECT ?title ?model ?phrase ?heading WHERE {
                  ?p dcterms:title ?title ; esf:hasClassification ?c .
                  ?c esf:concept ?concept ; esf:hasEvidence ?e .
                  BIND(STRAFTER(STR(?concept), "/def/") AS ?model)
                  ?e esf:matchedPhrase ?phrase . OPTIONAL { ?e esf:inSection/dcterms:title ?heading }
                }""", "title", "model", "phrase", "heading");
        assertThat(rows).contains(
                "VaraLyftet cooperation-model/one-way-in samlokalisering Bakgrund",
                "VaraLyftet cooperation-model/joint-action-plan myndighetsövergripande handlingsplan Bakgrund",
                "VaraLyftet cooperation-model/social-enterprise socialt företagande Bakgrund",
                "ResursCentrum cooperation-model/one-way-in en-ingångslösning Bakgrund",
                "Team work cooperation-model/joint-action-plan gemensam handlingsplan Sammanfattning");
        List<String> countries = select("""
                SELECT ?title ?c WHERE { ?p dcterms:title ?title ; esf:partnerCountry ?country .
                  BIND(STRAFTER(STR(?country), "country/") AS ?c) } ORDER BY ?title ?c""", "title", "c");
        assertThat(countries).containsExactly("Samverkan utan gränser DNK", "Samverkan utan gränser ITA",
                "Samverkan utan gränser NLD", "Team work FIN", "VaraLyftet FIN");
        assertThat(select("""
                SELECT ?title WHERE { ?p dcterms:title ?title ; esf:declaresNoTransnationalCooperation true }""",
                "title")).containsExactly("Visioncenter");
    }

    @Test
    void provenanceNamesFileHashAndConverter() throws IOException {
        String sha = se.esfkg.source.SourceReader.sha256(Files.readAllBytes(Path.of("seeds/002_34e89ac2aefdf7c1.txt")));
        List<String> rows = select("""
                SELECT ?file ?sha ?layout ?version WHERE {
                  ?p dcterms:title "VaraLyftet"@sv ; dcterms:source ?s .
                  ?s dcterms:identifier ?file ; esf:sha256 ?sha ; esf:layout ?layout ;
                     prov:wasGeneratedBy/esf:converterVersion ?version }""", "file", "sha", "layout", "version");
        assertThat(rows).containsExactly("002_34e89ac2aefdf7c1.txt " + sha + " A " + Version.get());
    }

    @Test
    void truncatedTextIsMarked() {
        assertThat(select("""
                SELECT ?title ?heading WHERE { ?p dcterms:title ?title ; esf:hasSection ?s .
                  ?s esf:truncated true ; dcterms:title ?heading }""", "title", "heading"))
                .containsExactly("Visioncenter Bakgrund");
    }

    static final String PREFIXES = """
            PREFIX esf: <https://w3id.org/esf-kg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    static List<String> select(String query, String... vars) {
        List<String> rows = new ArrayList<>();
        var union = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(output.getUnionGraph());
        try (var qe = QueryExecutionFactory.create(PREFIXES + query, union)) {
            qe.execSelect().forEachRemaining(s -> rows.add(row(s, vars)));
        }
        return rows;
    }

    private static String row(QuerySolution s, String... vars) {
        List<String> cells = new ArrayList<>();
        for (String v : vars) {
            cells.add(s.get(v) == null ? "" : s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm()
                    : s.get(v).toString());
        }
        return String.join(" ", cells).strip();
    }

    static long count(DatasetGraph d) {
        long n = 0;
        for (var it = d.listGraphNodes(); it.hasNext();) {
            Node g = it.next();
            n += d.getGraph(g).size();
        }
        return n;
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
