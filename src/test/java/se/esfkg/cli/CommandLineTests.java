package se.esfkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.output.Outputs;

class CommandLineTests {

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void convertWritesAllSixFormatsAndASummary() {
        CliRun r = run("convert", "seeds", "-o", tmp.resolve("out").toString(), "--no-progress");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("files read 5, projects converted 5, failed 0, triples \\d+, [0-9.]+ s");
        for (String f : new String[] {"esf-kg.ttl", "esf-kg.nt.gz", "esf-kg.trig", "esf-kg.nq.gz", "esf-kg.jsonld",
            "esf-kg.rdf", "context.jsonld"}) {
            assertThat(tmp.resolve("out").resolve(f)).isNotEmptyFile();
        }
        CliRun v = run("validate", tmp.resolve("out").toString());
        assertThat(v.exit()).isZero();
        // The five pages, the statistics graph, its four pair graphs and the seven partner buckets of the
        // seeds' nine partners (docs/model.md, "Corpus statistics").
        assertThat(v.out()).contains("conforms (30 graph(s) checked)");
    }

    @Test
    void formatsPicksTheSyntaxesByNameOrSuffix() throws IOException {
        CliRun r = run("convert", "seeds", "-o", tmp.resolve("out").toString(), "--no-progress", "--formats", "ttl,n-quads");
        assertThat(r.exit()).as(r.err()).isZero();
        try (var files = Files.list(tmp.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("esf-kg.ttl", "esf-kg.nq.gz",
                    se.esfkg.output.GraphIndex.FILE, Outputs.QUALITY_CSV, Outputs.QUALITY_HTML);
        }
        CliRun bad = run("convert", "seeds", "-o", tmp.resolve("out2").toString(), "--formats", "csv");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("unknown syntax 'csv'");
    }

    @Test
    void aBadPageMakesTheExitCodeSaySoAndIsNamed() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("seeds/000_05dbab979be8d6ed.txt"), in.resolve("good.txt"));
        Files.writeString(in.resolve("bad.txt"), "");
        CliRun r = run("convert", in.toString(), "-o", tmp.resolve("out").toString(), "--no-progress");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: empty file [bad.txt:1]");
        assertThat(r.out()).contains("projects converted 1, failed 1");
    }

    @Test
    void anOddValueIsAWarningAtItsLineAndThePageIsKept() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("odd"));
        Files.copy(Path.of("seeds/000_05dbab979be8d6ed.txt"), in.resolve("good.txt"));
        Files.writeString(in.resolve("odd.txt"), Files.readString(Path.of("seeds/001_cadcfa4700230a5b.txt"))
                .replace("Projektperiod2012-01-01 till 2014-06-30", "Projektperiod2012-01-01 till 2014-06-31"));
        CliRun r = run("convert", in.toString(), "-o", tmp.resolve("out-odd").toString(), "--no-progress");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: bad date \"2014-06-31\"; the field is left out [odd.txt:19, Projektperiod]");
        assertThat(r.out()).contains("projects converted 2, failed 0");
    }

    @Test
    void validateNamesTheViolation() throws IOException {
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, """
                PREFIX esf: <https://w3id.org/esf-kg/ontology#>
                <https://w3id.org/esf-kg/id/project/x> a esf:Project .
                """);
        CliRun r = run("validate", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("<https://w3id.org/esf-kg/id/project/x>").contains("[Violation]")
                .contains("dcterms:title");
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("esf-kg ");
        assertThat(run("help", "convert").out()).contains("--include-personal-data", "--base", "--aliases");
    }
}
