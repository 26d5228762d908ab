package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;

/** Graph and source IRIs are unique per input path, not per file stem; two inputs that still collide are an error. */
class ConvertIdentityTests {

    private static final String SOURCE = "https://w3id.org/esf-kg/id/source/";

    @TempDir
    static Path tmp;
    static ConvertSummary summary;
    static List<String> graphs = new ArrayList<>();

    static void copy(String from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(Path.of(from), to);
    }

    @BeforeAll
    static void convert() throws IOException {
        Path in = tmp.resolve("in");
        // Each pair once shared one named graph.
        copy("seeds/000_05dbab979be8d6ed.txt", in.resolve("a/page.txt"));
        copy("seeds/001_cadcfa4700230a5b.txt", in.resolve("b/page.txt"));
        copy("seeds/002_34e89ac2aefdf7c1.txt", in.resolve("a b.txt"));
        copy("seeds/003_5644959ee2017856.txt", in.resolve("a-b.txt"));
        copy("seeds/004_ed19341546b216d7.txt", in.resolve("ä.txt"));
        copy("src/test/resources/layouts/b/format-b-example.txt", in.resolve("ö.txt"));
        // These two still would: one stem, two extensions.
        copy("src/test/resources/layouts/c/format-c-example.txt", in.resolve("p.text"));
        copy("src/test/resources/layouts/c/good-order-01.txt", in.resolve("p.txt"));
        summary = Converter.builder().build().convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);
        DatasetGraph out = RDFDataMgr.loadDatasetGraph(tmp.resolve("out/esf-kg.nq.gz").toString());
        out.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
    }

    @Test
    void everyInputPathHasItsOwnGraph() {
        assertThat(summary.converted()).as(summary.problems().toString()).isEqualTo(7);
        assertThat(graphs).filteredOn(g -> g.startsWith(SOURCE)).containsExactlyInAnyOrder(
                SOURCE + "a/page", SOURCE + "b/page", SOURCE + "a%20b", SOURCE + "a-b",
                SOURCE + "%C3%A4", SOURCE + "%C3%B6", SOURCE + "p");
    }

    @Test
    void twoInputsThatWouldStillShareOneAreAnErrorNamingBoth() {
        assertThat(summary.problems()).filteredOn(p -> p.severity() == Severity.ERROR).extracting(Problem::toString)
                .singleElement().asString().startsWith("error: this page would share its graph <" + SOURCE
                        + "p> with p.text; rename one of the two files [p.txt:");
    }

    @Test
    void messagesNameThePathBelowTheInput() {
        assertThat(summary.problems()).extracting(p -> p.location().file()).doesNotContain("page.txt");
    }
}
