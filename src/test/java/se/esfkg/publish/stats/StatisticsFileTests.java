package se.esfkg.publish.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.publish.PublishSettings;
import se.esfkg.publish.PublishedFolder;
import se.esfkg.testing.Fixtures;

/** Publishing a folder again reuses the statistics kept for the same dump bytes, and only for them. */
class StatisticsFileTests {

    @TempDir
    Path tmp;

    @Test
    void theSameDumpReusesItsStatisticsAnotherIsScanned() throws IOException {
        Path dir = Fixtures.writeIndexed(Fixtures.seeds(), tmp.resolve("out")).getParent();
        long triples = publish(dir, Fixtures.B).statistics().triples();
        Path kept = dir.resolve(StatisticsFile.FILE);
        assertThat(Files.readString(kept)).contains("triples\t" + triples + "\n");
        assertThat(StatisticsFile.read(dir, "0".repeat(64), Fixtures.B)).isEmpty();

        // A figure altered in the kept file shows that it, not a new scan, was published.
        Files.writeString(kept, Files.readString(kept).replace("triples\t" + triples + "\n", "triples\t7\n"));
        assertThat(publish(dir, Fixtures.B).statistics().triples()).isEqualTo(7);
        var published = org.apache.jena.riot.RDFDataMgr.loadModel(dir.resolve(VoidDescription.FILE).toString());
        assertThat(published.getResource("https://w3id.org/esf-kg/catalog#esf-kg")
                .getProperty(published.createProperty(VoidDescription.NS, "triples")).getLong()).isEqualTo(7);
        // Another data space counts other entities: scanned again.
        assertThat(publish(dir, "https://example.org/other/").statistics().triples()).isEqualTo(triples);

        // Other dump bytes: scanned again, whatever the file says.
        Files.writeString(kept, Files.readString(kept).replace("triples\t" + triples + "\n", "triples\t7\n"));
        DatasetGraph fewer = Fixtures.seeds();
        fewer.removeGraph(NodeFactory.createURI(Fixtures.sourceGraph("004_ed19341546b216d7")));
        Fixtures.writeIndexed(fewer, dir);
        long scanned = publish(dir, Fixtures.B).statistics().triples();
        assertThat(scanned).isNotEqualTo(7).isLessThan(triples);
    }

    static PublishedFolder.Result publish(Path dir, String dataSpace) {
        return PublishedFolder.write(dir, PublishSettings.defaults(), dataSpace,
                PublishedFolder.Stamp.at(Instant.parse("2026-12-01T08:00:00Z")));
    }
}
