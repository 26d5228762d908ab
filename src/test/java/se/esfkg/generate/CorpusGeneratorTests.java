package se.esfkg.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.pipeline.ConvertSummary;
import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;
import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;

/** The generator is deterministic, covers every layout, and its pages convert except those it broke on purpose. */
class CorpusGeneratorTests {

    static final GeneratorData DATA = GeneratorData.fromClasspath();
    // A high malformed rate so that a small corpus holds several broken pages of several kinds.
    static final CorpusGenerator GENERATOR = new CorpusGenerator(DATA, CorpusGenerator.Mix.standard(), 40);

    @TempDir
    static Path tmp;
    static CorpusGenerator.Summary summary;

    @BeforeAll
    static void generate() {
        summary = GENERATOR.generate(120, 42, tmp.resolve("a"));
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws Exception {
        GENERATOR.generate(120, 42, tmp.resolve("b"));
        GENERATOR.generate(120, 43, tmp.resolve("c"));
        assertThat(digests(tmp.resolve("b"))).isEqualTo(digests(tmp.resolve("a")));
        assertThat(digests(tmp.resolve("c"))).isNotEqualTo(digests(tmp.resolve("a")));
    }

    @Test
    void everyLayoutAppearsAndEveryProjectIsWritten() {
        assertThat(summary.projects()).containsOnlyKeys(InputLayout.values());
        assertThat(summary.projects().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(120);
        assertThat(summary.malformed()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyMunicipalityIsAvailableToTheGenerator() {
        assertThat(DATA.municipalities()).hasSize(290);
        assertThat(DATA.municipalities()).allSatisfy(m -> assertThat(m.esfRegion()).isNotBlank());
        assertThat(DATA.agencies().get(0).name()).isEqualTo("Arbetsförmedlingen");
    }

    @Test
    void everyMalformedPageIsReportedAndOnlyUnreadablePagesFail() {
        ConvertSummary converted = Converter.builder().build()
                .convert(tmp.resolve("a"), tmp.resolve("out"), p -> { }, ProgressListener.NONE);
        List<String> failedFiles = converted.problems().stream().filter(p -> p.severity() == Severity.ERROR)
                .map(Problem::location).map(l -> l.file()).distinct().sorted().toList();
        List<String> degradedFiles = converted.problems().stream().filter(p -> p.severity() == Severity.WARNING)
                .filter(p -> p.message().endsWith("left out") || p.message().endsWith("read as Windows-1252"))
                .map(Problem::location).map(l -> l.file())
                .distinct().sorted().toList();
        List<String> brokenFiles = summary.malformed().stream().map(m -> m.split(" ")[0]).distinct().sorted().toList();
        // An empty page is lost; a Latin-1 page is read as Windows-1252, a reversed period or an odd
        // amount costs only its field.
        assertThat(brokenFiles).containsAll(failedFiles);
        assertThat(failedFiles).isNotEmpty();
        assertThat(brokenFiles).allMatch(f -> failedFiles.contains(f) || degradedFiles.contains(f));
        assertThat(converted.failed()).isEqualTo(failedFiles.size());
        assertThat(converted.converted()).isEqualTo(120 - failedFiles.size());
    }

    private static TreeMap<String, String> digests(Path dir) throws IOException, NoSuchAlgorithmException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                out.put(f.getFileName().toString(), HexFormat.of().formatHex(sha.digest()));
            }
        }
        return out;
    }
}
