package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;

/**
 * Nothing a page contains stops the run: each of these pages once aborted a whole conversion. Now
 * each is converted (with a warning) or refused with its file and line, and every other page is written.
 */
class ConvertHostilePagesTests {

    @TempDir
    static Path tmp;
    static ConvertSummary summary;

    static Path seed(String stem) {
        return Path.of("seeds", stem + ".txt");
    }

    @BeforeAll
    static void convert() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(seed("000_05dbab979be8d6ed"), in.resolve("good.txt"));
        // A vertical tab: RDF/XML (XML 1.0) cannot carry it, so the dump's re-read failed.
        Files.writeString(in.resolve("vertical-tab.txt"), Files.readString(seed("001_cadcfa4700230a5b"))
                .replaceFirst("\nSammanfattning\n\n", "\nSammanfattning\n\nEtt\u000Bord. "));
        // 10,000 digits overflowed the regex engine's stack.
        Files.writeString(in.resolve("long-amount.txt"), Files.readString(seed("002_34e89ac2aefdf7c1"))
                .replaceFirst("Beviljat ESF-stöd[^\n]*", "Beviljat ESF-stöd" + "9".repeat(10_000) + " kr"));
        // An exponent of a billion ran out of memory.
        Files.writeString(in.resolve("rate.txt"), Files.readString(Path.of("src/test/resources/layouts/c/format-c-example.txt"))
                .replace("Unionens medfinansieringsgrad:\n50%", "Unionens medfinansieringsgrad:\n1e-999999999%"));
        // An owner in Cyrillic script had no Latin slug, so no valid organisation id.
        Files.writeString(in.resolve("cyrillic-owner.txt"), Files.readString(seed("003_5644959ee2017856"))
                .replace("ProjektägareArbetsmarknadsenheten", "ProjektägareМинистерство труда"));
        // A partner bullet that is only punctuation named an organisation with an empty id.
        Files.writeString(in.resolve("punctuation-bullet.txt"), Files.readString(seed("004_ed19341546b216d7"))
                .replace("  • Individ och Familjeomsorgen\n", "  • Individ och Familjeomsorgen\n  • –\n"));
        summary = Converter.builder().build().convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);
    }

    static List<String> problems(Severity severity) {
        return summary.problems().stream().filter(p -> p.severity() == severity).map(Problem::toString).toList();
    }

    @Test
    void theRunFinishesAndWritesEveryOtherPage() {
        // Every hostile page is published: an oversized number costs its field, not the page.
        assertThat(summary.converted()).as(summary.problems().toString()).isEqualTo(6);
        assertThat(summary.failed()).isEqualTo(0);
        assertThat(tmp.resolve("out/esf-kg.rdf")).isNotEmptyFile();
        assertThat(tmp.resolve("out/esf-kg.nq.gz")).isNotEmptyFile();
    }

    @Test
    void aControlCharacterIsRemovedWithAWarningAtItsLine() throws IOException {
        assertThat(problems(Severity.WARNING))
                .anyMatch(p -> p.contains("removed control character(s) that XML cannot carry: U+000B")
                        && p.contains("[vertical-tab.txt:25"));
        assertThat(Files.readString(tmp.resolve("out/esf-kg.ttl"))).contains("Ett ord.").doesNotContain("\u000B");
    }

    @Test
    void aNameInAnotherScriptGetsAValidStableId() throws IOException {
        assertThat(Files.readString(tmp.resolve("out/esf-kg.ttl"))).containsPattern("organisation/[a-z0-9/-]*x-[0-9a-f]{12}")
                .contains("Министерство труда");
    }

    @Test
    void aPunctuationOnlyBulletIsLeftOutWithAWarning() {
        assertThat(problems(Severity.WARNING))
                .anyMatch(p -> p.contains("list item \"–\" names nothing; left out") && p.contains("[punctuation-bullet.txt:74"));
    }

    @Test
    void oversizedNumbersAreLocatedWarningsAndTheFieldIsLeftOut() {
        assertThat(problems(Severity.WARNING))
                .anyMatch(p -> p.contains("amount too long (10003 characters, at most 40)") && p.contains("[long-amount.txt:11"))
                .anyMatch(p -> p.contains("malformed percentage \"1e-999999999%\"") && p.contains("[rate.txt:38"));
    }
}
