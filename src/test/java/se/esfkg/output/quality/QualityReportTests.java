package se.esfkg.output.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.output.Outputs;
import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;
import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;
import se.esfkg.problem.SourceLocation;

/** convert writes quality.csv and quality.html beside the dumps: per page, what the reader found and where it struggled. */
class QualityReportTests {

    private static final Path A = Path.of("src/test/resources/layouts/a");

    @TempDir
    static Path tmp;

    static Path seedsOut;
    static Path badOut;

    @BeforeAll
    static void convertOnce() throws IOException {
        Converter converter = Converter.builder().build();
        seedsOut = tmp.resolve("seeds-out");
        converter.convert(Path.of("seeds"), seedsOut, p -> { }, ProgressListener.NONE);

        Path bad = Files.createDirectories(tmp.resolve("bad"));
        for (String f : List.of("bad-empty-01.txt", "bad-no-title-01.txt", "unknown-heading-01.txt")) {
            Files.copy(A.resolve(f), bad.resolve(f));
        }
        // A title that is markup: the HTML report must show it as text.
        String page = Files.readString(A.resolve("unknown-heading-01.txt"))
                .replaceFirst("\nResursCentrum\n", "\nResurs <script>alert(1)</script> & Co\n");
        Files.writeString(bad.resolve("markup-title.txt"), page);
        badOut = tmp.resolve("bad-out");
        converter.convert(bad, badOut, p -> { }, ProgressListener.NONE);
    }

    private static List<CSVRecord> csv(Path dir) throws IOException {
        try (Reader r = Files.newBufferedReader(dir.resolve(Outputs.QUALITY_CSV))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static Map<String, CSVRecord> byFile(List<CSVRecord> rows) {
        return rows.stream().skip(1).collect(Collectors.toMap(r -> r.get("file"), r -> r));
    }

    @Test
    void theSeedsAreFiveConvertedLayoutAPagesWithTheirTitles() throws IOException {
        List<CSVRecord> rows = csv(seedsOut);
        assertThat(rows.get(0).get("status")).isEqualTo("total");
        assertThat(rows.get(0).get("title")).isEqualTo("5 records, 5 converted, 0 rejected");
        Map<String, CSVRecord> pages = byFile(rows);
        // Titles as the seeds write them.
        assertThat(pages).hasSize(5);
        assertThat(pages.values()).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("converted");
            assertThat(r.get("layout")).isEqualTo("A");
        });
        assertThat(pages.values().stream().map(r -> r.get("title")))
                .containsExactlyInAnyOrder("ResursCentrum", "Team work", "VaraLyftet", "Samverkan utan gränser",
                        "Visioncenter");
        // Layout A pages carry no case or project number; every seed has a period, an owner and a summary.
        assertThat(pages.values()).allSatisfy(r -> {
            assertThat(r.get("fields_missing").split("; ")).contains("number");
            assertThat(r.get("fields_found").split("; ")).contains("title", "start date", "end date", "owner", "summary");
        });
        // Seed 000 describes "det tvärprofessionella arbetssättet i team".
        assertThat(pages.get("000_05dbab979be8d6ed.txt").get("classifications"))
                .contains("cooperation-model/cross-professional-team ");
    }

    @Test
    void theTotalsRowAddsUpTheRows() throws IOException {
        for (Path dir : List.of(seedsOut, badOut)) {
            List<CSVRecord> rows = csv(dir);
            List<CSVRecord> pages = rows.subList(1, rows.size());
            CSVRecord total = rows.get(0);
            assertThat(Integer.parseInt(total.get("warnings")))
                    .isEqualTo(pages.stream().mapToInt(r -> Integer.parseInt(r.get("warnings"))).sum());
            long unresolved = pages.stream().map(r -> r.get("unresolved_organisations")).filter(s -> !s.isEmpty())
                    .mapToLong(s -> s.split("; ").length).sum();
            assertThat(Long.parseLong(total.get("unresolved_organisations"))).isEqualTo(unresolved);
        }
    }

    @Test
    void badPagesAreListedWithTheirReasonAndUnknownHeadingsNamed() throws IOException {
        List<CSVRecord> rows = csv(badOut);
        assertThat(rows.get(0).get("title")).isEqualTo("4 records, 2 converted, 2 rejected");
        Map<String, CSVRecord> pages = byFile(rows);
        assertThat(pages.get("bad-empty-01.txt").get("status")).isEqualTo("rejected");
        assertThat(pages.get("bad-empty-01.txt").get("warning_messages")).contains("empty file");
        assertThat(pages.get("bad-no-title-01.txt").get("status")).isEqualTo("rejected");
        assertThat(pages.get("bad-no-title-01.txt").get("warning_messages")).contains("no title");
        CSVRecord unknown = pages.get("unknown-heading-01.txt");
        assertThat(unknown.get("status")).isEqualTo("converted");
        assertThat(unknown.get("unknown_headings")).isEqualTo("Framtidsplaner");
        assertThat(rows.get(0).get("unknown_headings")).isEqualTo("2");
    }

    @Test
    void noPersonsNameAddressOrNumberReachesTheReport() throws IOException {
        // The pages name their contact "Anna Ritzén", anna.ritzen@lycksele.se, 095016758.
        for (Path dir : List.of(seedsOut, badOut)) {
            for (String file : List.of(Outputs.QUALITY_CSV, Outputs.QUALITY_HTML)) {
                String text = Files.readString(dir.resolve(file));
                assertThat(text).as(file).doesNotContain("Ritzén", "ritzen", "@lycksele.se", "095016758");
            }
        }
    }

    @Test
    void problemMessagesAreClearedOfContactDetails() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QualityCsvSink sink = new QualityCsvSink(out);
        sink.start(Map.of());
        sink.problem(new Problem(Severity.WARNING, new SourceLocation("p.txt", 7, "Kontaktperson"),
                "contact label \"Kontakt: Anna Exempel\" not recognised"));
        sink.problem(new Problem(Severity.WARNING, new SourceLocation("p.txt", 9, ""),
                "unknown field line kept out of the record \"Ring 070-123 45 67 eller skriv till anna@exempel.se\""));
        sink.problem(new Problem(Severity.WARNING, new SourceLocation("p.txt", 11, "Diarienummer"),
                "odd case number \"2015/00963\""));
        sink.finish();
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("Anna Exempel", "070-123 45 67", "anna@exempel.se")
                .contains("[telefon]", "[e-post]", "2015/00963");
    }

    @Test
    void theHtmlIsEscapedAndReadable() throws IOException {
        Document html = Jsoup.parse(badOut.resolve(Outputs.QUALITY_HTML).toFile(), "UTF-8");
        assertThat(html.select("html").attr("lang")).isEqualTo("en");
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("th[scope=row] span").eachText()).contains("markup-title.txt");
        assertThat(html.select("a").eachText()).contains("Resurs <script>alert(1)</script> & Co");
        assertThat(html.select("table caption")).hasSize(2);
        assertThat(html.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
        // Totals at the top: the first section is the totals.
        assertThat(html.select("main > section").first().select("h2").text()).isEqualTo("Totals");
        assertThat(html.select("dl.totals dd").eachText()).startsWith("4", "2", "2");
        // Rejected pages come first.
        assertThat(html.select("section[aria-labelledby=pages-heading] tbody tr").first().hasClass("rejected")).isTrue();
    }
}
