package se.esfkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The personal-data scan lets the catalog's contact point through — the address the DCAT catalog
 * publishes as {@code dcat:contactPoint} — and reads it from the same settings
 * ({@code --catalog-settings}), so a deployer whose contact address looks like a person's does not
 * see it redacted from the data while the catalog names it.
 */
class ConvertCatalogContactTests {

    /** An address that looks like a person's: the scan would redact it were it not the contact. */
    private static final String CONTACT = "lisa.lind@esf.example.se";
    private static final String PERSON = "per.persson@example.se";

    @TempDir
    Path tmp;

    private String convert(String... options) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("page.txt"), Files.readString(Path.of("seeds/004_ed19341546b216d7.txt"))
                .replace("\nSammanfattning\n\n", "\nSammanfattning\n\nFrågor om öppna data besvaras på " + CONTACT
                        + ", frågor om projektet av " + PERSON + ". "));
        Path out = tmp.resolve("out-" + options.length);
        List<String> args = new ArrayList<>(List.of("convert", in.toString(), "-o", out.toString(), "--no-progress"));
        args.addAll(List.of(options));
        StringWriter log = new StringWriter();
        CommandLine cli = EsfKg.commandLine();
        cli.setOut(new PrintWriter(log, true));
        cli.setErr(new PrintWriter(log, true));
        assertThat(cli.execute(args.toArray(String[]::new))).as(log.toString()).isZero();
        return Files.readString(out.resolve("esf-kg.ttl")) + Files.readString(out.resolve("catalog.ttl"));
    }

    @Test
    void theConfiguredContactIsKeptAndAnotherPersonalAddressRedacted() throws IOException {
        Path settings = tmp.resolve("catalog.properties");
        Files.writeString(settings, "contact.email=" + CONTACT + "\n");

        String published = convert("--catalog-settings", settings.toString());

        assertThat(published).contains("<mailto:" + CONTACT + ">", "besvaras på " + CONTACT)
                .doesNotContain(PERSON).contains("[e-postadress borttagen]");
    }

    @Test
    void withoutTheSettingsTheSameAddressIsAPersonsAndRedacted() throws IOException {
        String published = convert();

        assertThat(published).doesNotContain(CONTACT, PERSON).contains("<mailto:esf-kg@w3id.org>");
    }
}
