package se.esfkg.publish.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.publish.PublishSettings;
import se.esfkg.testing.Fixtures;

/**
 * VoID's figures from the streaming scan equal what SPARQL counts over the same quads held in
 * memory, with the union of the named graphs as the default graph (as the endpoint serves it).
 */
class CorpusScannerTests {

    @TempDir
    static Path tmp;
    static DatasetGraph seeds;
    static CorpusStatistics stats;

    @BeforeAll
    static void scan() {
        seeds = Fixtures.seeds();
        Path nq = Fixtures.writeNq(seeds, tmp.resolve("esf-kg.nq.gz"));
        stats = new CorpusScanner(Fixtures.B).scan(nq);
    }

    static long count(String where) {
        Query q = QueryFactory.create("PREFIX esf: <https://w3id.org/esf-kg/ontology#> SELECT (COUNT(*) AS ?n) { " + where + " }");
        RowSet rows = QueryExec.dataset(seeds).query(q).select();
        return ((Number) rows.next().get("n").getLiteralValue()).longValue();
    }

    static Map<String, Long> grouped(String select) {
        Map<String, Long> m = new HashMap<>();
        QueryExec.dataset(seeds).query(select).select()
                .forEachRemaining(b -> m.put(b.get("k").getURI(), ((Number) b.get("n").getLiteralValue()).longValue()));
        return m;
    }

    static final String UNION = "SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }";

    @Test
    void countsDistinctTriplesSubjectsAndObjectsOfTheUnionGraph() {
        assertThat(stats.quads()).isEqualTo(count("GRAPH ?g { ?s ?p ?o }"));
        assertThat(stats.triples()).isEqualTo(count("{ " + UNION + " }"));
        assertThat(stats.triples()).isLessThan(stats.quads());
        assertThat(stats.distinctSubjects()).isEqualTo(count("{ SELECT DISTINCT ?s { GRAPH ?g { ?s ?p ?o } } }"));
        assertThat(stats.distinctObjects()).isEqualTo(count("{ SELECT DISTINCT ?o { GRAPH ?g { ?s ?p ?o } } }"));
        assertThat(stats.entities()).isEqualTo(count("{ SELECT DISTINCT ?s { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(STRSTARTS(STR(?s), \"" + Fixtures.B + "\")) } }"));
        assertThat(stats.graphs()).isEqualTo((int) count("{ SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } }"));
    }

    @Test
    void classAndPropertyPartitionsMatchSparql() {
        assertThat(stats.classPartitions()).isEqualTo(grouped("SELECT ?k (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?k } } GROUP BY ?k"));
        assertThat(stats.propertyPartitions()).isEqualTo(grouped(
                "SELECT ?k (COUNT(*) AS ?n) { { SELECT DISTINCT ?s ?k ?o { GRAPH ?g { ?s ?k ?o } } } } GROUP BY ?k"));
        assertThat(stats.projects()).isEqualTo(5);
    }

    @Test
    void linksetsCountLinksToOutsideIdentifiers() {
        assertThat(stats.linksetsTo(CorpusStatistics.NUTS)).isEqualTo(grouped(
                "SELECT ?k (COUNT(*) AS ?n) { { SELECT DISTINCT ?s ?k ?o { GRAPH ?g { ?s ?k ?o } "
                        + "FILTER(STRSTARTS(STR(?o), \"http://data.europa.eu/nuts/code/\")) } } } GROUP BY ?k"));
        assertThat(stats.linksetsTo(CorpusStatistics.WIKIDATA)).isEqualTo(grouped(
                "SELECT ?k (COUNT(*) AS ?n) { { SELECT DISTINCT ?s ?k ?o { GRAPH ?g { ?s ?k ?o } "
                        + "FILTER(STRSTARTS(STR(?o), \"http://www.wikidata.org/entity/\")) } } } GROUP BY ?k"));
        assertThat(stats.linksetsTo(CorpusStatistics.NUTS)).isNotEmpty();
    }

    @Test
    void theVoidDescriptionStatesTheFigures() {
        Model v = VoidDescription.of(PublishSettings.defaults(), Fixtures.B, stats);
        String q = "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?t ?e ?dump ?sparql ?space { <https://w3id.org/esf-kg/catalog#esf-kg> "
                + "void:triples ?t ; void:entities ?e ; void:sparqlEndpoint ?sparql ; void:uriSpace ?space ; "
                + "void:dataDump ?dump FILTER(STRENDS(STR(?dump), \"nq.gz\")) }";
        try (var qe = org.apache.jena.query.QueryExecutionFactory.create(q, v)) {
            var row = qe.execSelect().next();
            assertThat(row.getLiteral("t").getLong()).isEqualTo(stats.triples());
            assertThat(row.getLiteral("e").getLong()).isEqualTo(stats.entities());
            assertThat(row.getResource("dump").getURI()).isEqualTo("https://w3id.org/esf-kg/dumps/esf-kg.nq.gz");
            assertThat(row.getResource("sparql").getURI()).isEqualTo("https://w3id.org/esf-kg/esf/sparql");
            assertThat(row.getLiteral("space").getString()).isEqualTo(Fixtures.B);
        }
        assertThat(v.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                v.createResource(VoidDescription.NS + "Linkset")).toList()).isNotEmpty();
    }

    @Test
    void theSameFiguresGiveTheSameVoidBytesWithNamedPartitions() {
        java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
        org.apache.jena.riot.RDFDataMgr.write(first, VoidDescription.of(PublishSettings.defaults(), Fixtures.B, stats),
                org.apache.jena.riot.RDFFormat.TURTLE_PRETTY);
        org.apache.jena.riot.RDFDataMgr.write(second, VoidDescription.of(PublishSettings.defaults(), Fixtures.B,
                new CorpusScanner(Fixtures.B).scan(Fixtures.writeNq(seeds, tmp.resolve("again.nq.gz")))),
                org.apache.jena.riot.RDFFormat.TURTLE_PRETTY);
        assertThat(second.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(first.toString(java.nio.charset.StandardCharsets.UTF_8));

        Model v = VoidDescription.of(PublishSettings.defaults(), Fixtures.B, stats);
        var project = v.createResource("https://w3id.org/esf-kg/.well-known/void#class/esf:Project");
        assertThat(project.getPropertyResourceValue(v.createProperty(VoidDescription.NS, "class")).getURI())
                .isEqualTo("https://w3id.org/esf-kg/ontology#Project");
        assertThat(project.getProperty(v.createProperty(VoidDescription.NS, "entities")).getLong())
                .isEqualTo(stats.projects());
        assertThat(v.listObjectsOfProperty(v.createProperty(VoidDescription.NS, "classPartition")).toList())
                .hasSize(stats.classPartitions().size()).allMatch(o -> o.isURIResource());
        assertThat(v.listObjectsOfProperty(v.createProperty(VoidDescription.NS, "propertyPartition")).toList())
                .hasSize(stats.propertyPartitions().size()).allMatch(o -> o.isURIResource());
    }
}
