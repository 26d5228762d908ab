package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.generate.CorpusGenerator;
import se.esfkg.generate.GeneratorData;
import se.esfkg.problem.Problem;
import se.esfkg.testing.Knowledge;

/**
 * Conversion on several workers writes exactly what one worker writes: every dump byte for byte,
 * and every problem in the same order. The input mixes the seeds, every layout's example, bad CSV
 * rows, a duplicate page and generated pages of which several are malformed.
 */
class ConvertParallelTests {

    @TempDir
    static Path tmp;
    static Path in;
    static ConvertSummary oneWorker;
    static ConvertSummary fourWorkers;

    @BeforeAll
    static void convertTwice() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.toList()) {
                Files.copy(s, in.resolve(s.getFileName()));
            }
        }
        Files.copy(Path.of("src/test/resources/layouts/b/format-b-example.txt"), in.resolve("page-b.txt"));
        Files.copy(Path.of("src/test/resources/layouts/c/format-c-example.txt"), in.resolve("page-c.txt"));
        Files.copy(Path.of("src/test/resources/layouts/d/export-example.csv"), in.resolve("export.csv"));
        Files.copy(Path.of("src/test/resources/layouts/d/bad-rows-01.csv"), in.resolve("export-bad-rows.csv"));
        Files.copy(Path.of("src/test/resources/layouts/b/format-b-example.txt"), in.resolve("page-b-again.txt"));
        // A high malformed rate, so that broken pages sit between good ones.
        new CorpusGenerator(GeneratorData.fromClasspath(), CorpusGenerator.Mix.standard(), 60)
                .generate(80, 7, in.resolve("generated"));
        oneWorker = convert(1, "one");
        fourWorkers = convert(4, "four");
    }

    static ConvertSummary convert(int threads, String out) {
        return Converter.builder().knowledge(Knowledge.SHIPPED).threads(threads).build()
                .convert(in, tmp.resolve(out), p -> { }, ProgressListener.NONE);
    }

    @Test
    void theInputHoldsBothGoodAndBadPages() {
        assertThat(oneWorker.converted()).isGreaterThan(60);
        // Bad CSV rows, a duplicate page and the generator's unreadable pages fail; its odd values warn.
        assertThat(oneWorker.failed()).isGreaterThanOrEqualTo(3);
        assertThat(oneWorker.problems()).filteredOn(p -> p.severity() == se.esfkg.problem.Severity.WARNING)
                .hasSizeGreaterThan(5);
    }

    @Test
    void everyOutputFileIsByteIdentical() throws IOException {
        Map<String, byte[]> one = files(tmp.resolve("one"));
        Map<String, byte[]> four = files(tmp.resolve("four"));
        assertThat(four.keySet()).isEqualTo(one.keySet()).isNotEmpty();
        for (String name : one.keySet()) {
            assertThat(four.get(name)).as(name).isEqualTo(one.get(name));
        }
    }

    /**
     * Convert checks each page against the shapes without their SPARQL consistency checks
     * (ShapeValidator.forPages); over a corpus of every layout, odd values and merges, those
     * checks must hold too.
     */
    @Test
    void theWholeOutputPassesEveryShapeIncludingTheConsistencyChecks() {
        var r = Converter.builder().knowledge(Knowledge.SHIPPED).build().datasetValidation()
                .validate(tmp.resolve("four/esf-kg.nq.gz"));
        assertThat(r.conforms()).as(r::report).isTrue();
        assertThat(r.graphsChecked()).isGreaterThan(60);
    }

    @Test
    void problemsAndCountsAreTheSameInTheSameOrder() {
        List<String> one = oneWorker.problems().stream().map(Problem::toString).toList();
        List<String> four = fourWorkers.problems().stream().map(Problem::toString).toList();
        assertThat(four).isEqualTo(one);
        assertThat(fourWorkers.converted()).isEqualTo(oneWorker.converted());
        assertThat(fourWorkers.failed()).isEqualTo(oneWorker.failed());
        assertThat(fourWorkers.triples()).isEqualTo(oneWorker.triples());
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (var s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
