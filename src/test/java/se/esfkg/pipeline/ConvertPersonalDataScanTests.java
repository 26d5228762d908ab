package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.privacy.PersonalDataScan;
import se.esfkg.problem.Problem;

/**
 * The final scan: an address or number that no contact label caught (it stands in free text, under
 * a label nobody foresaw, in an unexpected export column) is redacted from every dump and message,
 * and each redaction is reported at its page's line. Function addresses stay.
 */
class ConvertPersonalDataScanTests {

    private static final List<String> PERSONAL = List.of("eva.ek@vara.se", "0512-310 47", "fia.fors@example.se",
            "070-222 33 44", "gun.gran@example.se", "+46 8 555 123 45", "hans.hall@example.se", "031-77 66 55");

    @TempDir
    static Path tmp;
    static ConvertSummary withheld;
    static List<Problem> logged = new ArrayList<>();

    @BeforeAll
    static void convert() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // Layout A: in the summary text, with a function address that stays.
        Files.writeString(in.resolve("a.txt"), Files.readString(Path.of("seeds/004_ed19341546b216d7.txt"))
                .replace("\nSammanfattning\n\n", "\nSammanfattning\n\nFrågor besvaras av Eva Ek, eva.ek@vara.se eller"
                        + " 0512-310 47. Ansökan till registrator@mjolby.se. "));
        // Layout B: under a label nobody foresaw, inside the summary.
        Files.writeString(in.resolve("b.txt"), Files.readString(Path.of("src/test/resources/layouts/b/format-b-example.txt"))
                .replace("\nSammanfattning\n\n", "\nSammanfattning\n\nNå projektledningen: fia.fors@example.se, 070-222 33 44.\n"));
        // Layout C: in the text, an international number.
        Files.writeString(in.resolve("c.txt"), Files.readString(Path.of("src/test/resources/layouts/c/format-c-example.txt"))
                .replace("\nVägen vidare är ett", "\nSkriv till gun.gran@example.se eller ring +46 8 555 123 45.\nVägen vidare är ett"));
        // The export: in its summary column.
        List<String> export = Files.readAllLines(Path.of("src/test/resources/layouts/d/export-example.csv"));
        String row = export.get(1);
        String summary = row.substring(0, row.indexOf("\";"));
        Files.writeString(in.resolve("export.csv"), export.get(0) + "\n"
                + row.replace(summary, summary + " Kontakt hans.hall@example.se, 031-77 66 55.") + "\n");

        withheld = Converter.builder().build().convert(in, tmp.resolve("out"), logged::add, ProgressListener.NONE);
    }

    @Test
    void noAddressOrNumberReachesADumpOrAMessage() throws IOException {
        assertThat(withheld.converted()).as(withheld.problems().toString()).isEqualTo(4);
        String dumps = ConvertPersonalDataTests.allDumps(tmp.resolve("out"));
        String messages = String.join("\n", logged.stream().map(Problem::toString).toList());
        for (String p : PERSONAL) {
            assertThat(dumps).as("dumps").doesNotContain(p);
            assertThat(messages).as("messages").doesNotContain(p);
        }
        assertThat(dumps).contains(PersonalDataScan.EMAIL_MARK, PersonalDataScan.PHONE_MARK, "Frågor besvaras av Eva Ek");
    }

    @Test
    void aFunctionAddressIsNotPersonal() throws IOException {
        assertThat(ConvertPersonalDataTests.allDumps(tmp.resolve("out"))).contains("registrator@mjolby.se");
    }

    @Test
    void eachRedactionIsReportedAtItsPageWithoutTheValue() {
        assertThat(logged).map(Problem::toString)
                .anyMatch(m -> m.startsWith("warning: redacted 1 personal e-mail address and 1 telephone number from <")
                        && m.contains("[a.txt:"))
                .anyMatch(m -> m.startsWith("warning: redacted") && m.contains("[b.txt:"))
                .anyMatch(m -> m.startsWith("warning: redacted") && m.contains("[c.txt:"))
                .anyMatch(m -> m.startsWith("warning: redacted") && m.contains("[export.csv:2"));
    }

    @Test
    void askedFor_nothingIsRedacted() throws IOException {
        Converter.builder().includePersonalData(true).build()
                .convert(tmp.resolve("in"), tmp.resolve("out-with"), p -> { }, ProgressListener.NONE);
        assertThat(ConvertPersonalDataTests.allDumps(tmp.resolve("out-with"))).contains("eva.ek@vara.se", "0512-310 47")
                .doesNotContain(PersonalDataScan.EMAIL_MARK);
    }
}
