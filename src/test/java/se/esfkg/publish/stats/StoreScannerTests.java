package se.esfkg.publish.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.generate.CorpusGenerator;
import se.esfkg.generate.GeneratorData;
import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;
import se.esfkg.publish.PublishFixtures;
import se.esfkg.store.DataDir;
import se.esfkg.store.StoreDatabase;
import se.esfkg.store.StoreLoader;
import se.esfkg.testing.Fixtures;

/**
 * Every VoID figure read from the loaded database equals the dump scan's on the same dump: the
 * seeds, a generated corpus, and a hand-made dump with what the converter never writes (default
 * graph triples, a triple repeated across graphs, blank nodes, a literal under a linked namespace).
 */
class StoreScannerTests {

    @TempDir
    Path tmp;

    @Test
    void theSeedsGiveTheDumpScansFigures() {
        Path out = PublishFixtures.convertedSeeds(tmp);
        CorpusStatistics fromStore = loadedAndScanned(out);
        assertThat(fromStore).isEqualTo(new CorpusScanner(PublishFixtures.BASE).scan(out.resolve("esf-kg.nq.gz")));
        // Not a vacuous equality: the seeds' figures are all there.
        assertThat(fromStore.projects()).isEqualTo(5);
        assertThat(fromStore.exampleResources()).hasSize(3);
        assertThat(fromStore.linksets()).isNotEmpty();
        assertThat(fromStore.nutsRegions()).isNotEmpty();
        assertThat(fromStore.earliestStart()).isPresent();
        assertThat(fromStore.triples()).isLessThan(fromStore.quads());
    }

    @Test
    void aGeneratedCorpusGivesTheDumpScansFigures() {
        new CorpusGenerator(GeneratorData.fromClasspath(), CorpusGenerator.Mix.standard(), 200)
                .generate(150, 11, tmp.resolve("generated"));
        Path out = tmp.resolve("out");
        Converter.builder().build().convert(tmp.resolve("generated"), out, p -> { }, ProgressListener.NONE);
        CorpusStatistics fromStore = loadedAndScanned(out);
        CorpusStatistics fromDump = new CorpusScanner(PublishFixtures.BASE).scan(out.resolve("esf-kg.nq.gz"));
        assertThat(fromStore).isEqualTo(fromDump);
        assertThat(fromStore.projects()).isGreaterThan(100);
    }

    @Test
    void defaultGraphTriplesAndRepeatedTriplesCountAsTheDumpScanCountsThem() {
        String trig = """
                PREFIX esf: <https://w3id.org/esf-kg/ontology#>
                PREFIX schema: <http://schema.org/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <https://w3id.org/esf-kg/id/project/b> a esf:Project ; schema:startDate "2015-02-01"^^xsd:date .
                <http://example.org/x> <http://example.org/p> <http://www.wikidata.org/entity/Q1> .
                GRAPH <https://w3id.org/esf-kg/id/source/1> {
                  <https://w3id.org/esf-kg/id/project/a> a esf:Project ; schema:startDate "2014-01-01"^^xsd:date ;
                      schema:endDate "2020-12-31"^^xsd:date , "not a date" ;
                      esf:region <https://w3id.org/esf-kg/id/region/x> ;
                      esf:kohesioOperationId "2014SE05M9OP001_1" ;
                      <http://example.org/q> "http://www.wikidata.org/entity/Q2" , <http://www.wikidata.org/entity/Q2> .
                  <https://w3id.org/esf-kg/id/project/b> a esf:Project .
                }
                GRAPH <https://w3id.org/esf-kg/id/source/2> {
                  <https://w3id.org/esf-kg/id/project/a> a esf:Project .
                  <https://w3id.org/esf-kg/id/region/x> skos:exactMatch <http://data.europa.eu/nuts/code/SE22> .
                  _:y <http://example.org/p> 42 , 4.5 .
                }
                """;
        DatasetGraph memory = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(trig, Lang.TRIG).parse(memory);
        Path nq = Fixtures.writeNq(memory, tmp.resolve("hand.nq.gz"));
        // Fixtures.writeNq writes named graphs only: the default graph's two triples go at the end.
        Path withDefault = tmp.resolve("with-default.nq");
        try {
            java.util.List<String> lines = new java.util.ArrayList<>();
            try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(
                    new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(nq)),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                r.lines().forEach(lines::add);
            }
            var defaults = new java.io.ByteArrayOutputStream();
            org.apache.jena.riot.RDFDataMgr.write(defaults, memory.getDefaultGraph(), Lang.NTRIPLES);
            lines.addAll(java.util.List.of(defaults.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n")));
            java.nio.file.Files.write(withDefault, lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> RDFParser.source(withDefault).lang(Lang.NQUADS)
                .labelToNode(org.apache.jena.riot.lang.LabelToNode.createUseLabelAsGiven()).parse(tdb));
        CorpusStatistics fromStore = new StoreScanner(PublishFixtures.BASE).scan(tdb);
        CorpusStatistics fromDump = new CorpusScanner(PublishFixtures.BASE).scan(withDefault);
        assertThat(fromStore).isEqualTo(fromDump);
        assertThat(fromStore.quads()).isEqualTo(16);
        assertThat(fromStore.triples()).isEqualTo(14);
        assertThat(fromStore.graphs()).isEqualTo(2);
        assertThat(fromStore.projects()).isEqualTo(2);
        assertThat(fromStore.earliestStart()).hasValueSatisfying(d -> assertThat(d).hasToString("2014-01-01"));
        assertThat(fromStore.nutsRegions()).containsExactly("http://data.europa.eu/nuts/code/SE22");
        assertThat(fromStore.linksetsTo(CorpusStatistics.WIKIDATA))
                .containsOnlyKeys("http://example.org/p", "http://example.org/q");
    }

    private CorpusStatistics loadedAndScanned(Path out) {
        Path data = tmp.resolve("data-" + out.getFileName());
        new StoreLoader(data).load(out);
        try (StoreDatabase db = StoreDatabase.open(new DataDir(data).current().orElseThrow())) {
            return new StoreScanner(PublishFixtures.BASE).scan(db.dataset());
        }
    }
}
