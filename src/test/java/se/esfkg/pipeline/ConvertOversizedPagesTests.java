package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.esfkg.parse.Limits;
import se.esfkg.problem.Problem;

/**
 * Values far over their limits (docs/reliability.md, Limits) are cut or left out with a located
 * problem, and the run finishes. Each of these did not finish in 90 s before the limits. The hang
 * guards are over ten times what each takes here.
 */
class ConvertOversizedPagesTests {

    @TempDir
    Path tmp;

    private static final Path LAYOUT_A = Path.of("seeds/004_ed19341546b216d7.txt");

    /** Over {@link Limits#DEFAULTS}' section limit, under the 200,000 characters a line may have. */
    private static final int LONG_SECTION = 150_000;
    /** Over {@link Limits#DEFAULTS}' identifier limit, under the 200,000 characters a line may have. */
    private static final int LONG_IDENTIFIER = 60_000;

    private ConvertSummary convert(Path in) {
        return Converter.builder().build().convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);
    }

    private static List<String> messages(ConvertSummary s) {
        return s.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aTenMegabyteTitleIsCutWithAWarningAtItsLine() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // The seed's title, "Visioncenter", stands on line 9.
        Files.writeString(in.resolve("title.txt"), Files.readString(LAYOUT_A)
                .replace("\nVisioncenter\n", "\nVisioncenter " + "lång ".repeat(2_000_000) + "\n"));
        ConvertSummary s = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> convert(in));
        assertThat(s.converted()).as(messages(s).toString()).isEqualTo(1);
        assertThat(messages(s))
                .contains("warning: line of 10000013 characters cut to 200000 [title.txt:9]")
                .contains("warning: title of 200000 characters cut to " + Limits.DEFAULTS.maxTitleChars()
                        + " [title.txt:9, title]");
        assertThat(Files.readString(tmp.resolve("out/esf-kg.ttl"))).contains("\"Visioncenter lång lång")
                .doesNotContain("lång ".repeat(Limits.DEFAULTS.maxTitleChars() / 5 + 1));
    }

    @Test
    void twoHundredThousandBulletsAreCutToTheListLimitWithAWarning() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        StringBuilder bullets = new StringBuilder("  • Individ och Familjeomsorgen\n");
        for (int i = 1; i <= 200_000; i++) {
            bullets.append("  • Partner nummer ").append(i).append('\n');
        }
        String page = Files.readString(LAYOUT_A);
        assertThat(page).contains("  • Individ och Familjeomsorgen\n");
        Files.writeString(in.resolve("bullets.txt"), page.replace("  • Individ och Familjeomsorgen\n", bullets));
        // The seed's partner list has two bullets; the first stands on line 72.
        int firstBulletLine = page.lines().toList().indexOf("  • Individ och Familjeomsorg") + 1;
        assertThat(firstBulletLine).isEqualTo(72);

        ConvertSummary s = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> convert(in));
        assertThat(s.converted()).as(messages(s).toString()).isEqualTo(1);
        int max = Limits.DEFAULTS.maxListItems();
        assertThat(messages(s)).contains("warning: " + (200_002 - max) + " of 200002 partners left out: a list holds at most "
                + max + " [bullets.txt:" + (firstBulletLine + max) + ", Samarbetspartners]");
        String nt = Files.readString(tmp.resolve("out/esf-kg.ttl"));
        // The seed's two partners come first, so the last kept is number max - 2.
        assertThat(nt).contains("Partner nummer " + (max - 2) + "\"").doesNotContain("Partner nummer " + (max - 1) + "\"");
    }

    @Test
    void aHundredThousandRowExportConvertsItsFirstRowsAndSaysWhereItStopped() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<String> example = Files.readAllLines(Path.of("src/test/resources/layouts/d/export-example.csv"));
        String header = example.get(0);
        String row = example.get(1);
        String caseNumber = row.substring(0, row.indexOf(';'));
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int i = 0; i < 100_000; i++) {
            // Every row a project of its own: the same page under 100,000 case numbers.
            csv.append(row.replace(caseNumber, String.format("23-%06d-S01", i))).append('\n');
        }
        Files.writeString(in.resolve("export.csv"), csv);
        // Every row is read; a record limit of 200 (the default is far higher: docs/reliability.md)
        // keeps the conversion itself short here.
        int max = 200;
        Limits limits = new Limits(Limits.DEFAULTS.maxTitleChars(), Limits.DEFAULTS.maxSectionChars(),
                Limits.DEFAULTS.maxListItems(), Limits.DEFAULTS.maxIdentifierChars(), max);

        ConvertSummary s = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> Converter.builder().limits(limits)
                .build().convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE));
        assertThat(s.converted()).as(messages(s).stream().limit(5).toList().toString()).isEqualTo(max);
        assertThat(s.failed()).isEqualTo(100_000 - max);
        assertThat(messages(s)).anyMatch(m -> m.startsWith("error: more than " + max + " records in one source: this one and every"
                + " later one are not converted; split the source [export.csv:" + (max + 2)));
    }

    /**
     * A section whose text is longer than the limit, in each layout that has text sections: the text
     * is cut to the limit and marked as cut short, with a warning at the section's line (its
     * heading's, where it has one: {@code section}), and the page is published. The long text
     * follows {@code text}, which stands on {@code line} of the example and opens its first section
     * (in the export, the first row's summary cell, whose HTML tags are not text).
     */
    @ParameterizedTest(name = "layout {0}")
    @CsvSource(delimiter = '|', textBlock = """
            a | seeds/004_ed19341546b216d7.txt                     | 25 | Projektet avser programområde 2 och delas upp | 23
            b | src/test/resources/layouts/b/format-b-example.txt | 34 | Projektet riktar sig till anställda inom      | 32
            c | src/test/resources/layouts/c/format-c-example.txt | 42 | Vägen vidare är ett samverkansprojekt mellan  | 42
            d | src/test/resources/layouts/d/export-example.csv   |  2 | <p>Ett samverkansprojekt mellan               |  2
            """)
    void aSectionOverTheLimitIsCutWithAWarningAtItsLine(String layout, String example, int line, String text,
            int section) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(example)));
        assertThat(lines.get(line - 1)).contains(text);
        // Words and spaces, so that the text reads as text to every stage.
        lines.set(line - 1, lines.get(line - 1).replace(text, text + " ord".repeat(LONG_SECTION / 4)));
        String file = "long-section." + (layout.equals("d") ? "csv" : "txt");
        Files.write(in.resolve(file), lines);

        ConvertSummary s = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> convert(in));

        assertThat(s.failed()).as(messages(s).toString()).isZero();
        int max = Limits.DEFAULTS.maxSectionChars();
        assertThat(messages(s)).anyMatch(m -> m.startsWith("warning: section text of ")
                && m.contains(" characters cut to " + max + " [" + file + ":" + section));
        String dump = Files.readString(tmp.resolve("out/esf-kg.ttl"));
        assertThat(dump).contains(text.replace("<p>", "") + " ord ord ord").doesNotContain(" ord".repeat(max / 4 + 1));
    }

    /**
     * An identifier longer than the limit, in each layout that has one, under each of its labels
     * (the {@code value} on {@code line} of the example): it is left out with an error at the
     * record's line naming the field, and the page is still converted, as is another page of the
     * same run (and, in the export, the next row). {@code record} is the record's line: the
     * title's in a page, the row's in the export.
     */
    @ParameterizedTest(name = "layout {0}, {4}")
    @CsvSource(delimiter = '|', textBlock = """
            b | src/test/resources/layouts/b/format-b-example.txt | 18 | 2016/00518  | projectNumber  | 7
            b | src/test/resources/layouts/b/format-b-example.txt | 14 | 2016/00412  | call           | 7
            c | src/test/resources/layouts/c/format-c-example.txt | 11 | 2023/00117  | projectNumber  | 8
            c | src/test/resources/layouts/c/format-c-example.txt | 31 | 97185       | ownerPostcode  | 8
            d | src/test/resources/layouts/d/export-example.csv   |  2 | 23-017-S01  | caseNumber     | 2
            d | src/test/resources/layouts/d/export-example.csv   |  2 | 212000-0001 | ownerOrgNumber | 2
            """)
    void anIdentifierOverTheLimitIsALocatedErrorAndThePageIsKept(String layout, String example, int line,
            String value, String field, int record) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(example)));
        assertThat(lines.get(line - 1)).contains(value);
        String longValue = value + "0".repeat(LONG_IDENTIFIER);
        lines.set(line - 1, lines.get(line - 1).replace(value, longValue));
        String file = "long-id." + (layout.equals("d") ? "csv" : "txt");
        Files.write(in.resolve(file), lines);
        Files.copy(LAYOUT_A, in.resolve("other.txt"));

        ConvertSummary s = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> convert(in));

        assertThat(messages(s)).contains("error: " + field + " of " + longValue.length()
                + " characters is longer than " + Limits.DEFAULTS.maxIdentifierChars() + ": left out [" + file + ":"
                + record + ", " + field + "]");
        // Both pages; in the export, both rows.
        assertThat(s.converted()).as(messages(s).toString()).isEqualTo(layout.equals("d") ? 3 : 2);
        String dump = Files.readString(tmp.resolve("out/esf-kg.ttl"));
        assertThat(dump).contains("Visioncenter").doesNotContain("0".repeat(LONG_IDENTIFIER));
    }
}
