package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.problem.Problem;

/**
 * Contact details stay out of every dump and every message unless asked for, whatever label a page
 * or an export writes them under (each of these leaked before: as sections, or in a warning).
 */
class ConvertPersonalDataTests {

    private static final List<String> PERSONAL = List.of("Cecilia Kontaktsson", "cecilia@example.se", "070-111 22 33",
            "Bertil Berg", "08-123 456", "Dora Dahl", "dora.dahl@example.se", "031-98 76 54");

    @TempDir
    static Path tmp;
    static ConvertSummary withheld;
    static ConvertSummary included;

    @BeforeAll
    static void convert() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // Layout C with English and variant labels among its fields and a contact line in its text.
        Files.writeString(in.resolve("page-c.txt"), Files.readString(Path.of("src/test/resources/layouts/c/format-c-example.txt"))
                .replace("Kontaktperson:\nNils Exempelsson\nE-post:\nnils.exempelsson@example.se\n",
                        "Contact person:\nCecilia Kontaktsson\nE-mail:\ncecilia@example.se\nTelefon:\n070-111 22 33\n")
                .replace("\nVägen vidare är ett", "\nKontakt: Bertil Berg, 08-123 456\nVägen vidare är ett"));
        // The export with contact columns.
        List<String> export = Files.readAllLines(Path.of("src/test/resources/layouts/d/export-example.csv"));
        StringBuilder csv = new StringBuilder(export.get(0) + ";Kontaktperson / Contact person;E-post / E-mail;Telefon / Phone\n");
        csv.append(export.get(1)).append(";Dora Dahl;dora.dahl@example.se;031-98 76 54\n");
        Files.writeString(in.resolve("export.csv"), csv.toString());

        withheld = Converter.builder().build().convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);
        included = Converter.builder().includePersonalData(true).build()
                .convert(in, tmp.resolve("out-with"), p -> { }, ProgressListener.NONE);
    }

    static String allDumps(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try (InputStream raw = Files.newInputStream(f);
                     InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }

    @Test
    void noContactDetailReachesADumpOrAMessage() throws IOException {
        assertThat(withheld.converted()).as(withheld.problems().toString()).isEqualTo(2);
        String dumps = allDumps(tmp.resolve("out"));
        String messages = String.join("\n", withheld.problems().stream().map(Problem::toString).toList());
        for (String p : PERSONAL) {
            assertThat(dumps).as("dumps").doesNotContain(p);
            assertThat(messages).as("messages").doesNotContain(p);
        }
        assertThat(dumps).contains("Vägen vidare är ett");
    }

    @Test
    void askedFor_theyArePublishedAsTheContact() throws IOException {
        String dumps = allDumps(tmp.resolve("out-with"));
        assertThat(dumps).contains("Cecilia Kontaktsson", "cecilia@example.se", "Dora Dahl", "dora.dahl@example.se");
    }
}
