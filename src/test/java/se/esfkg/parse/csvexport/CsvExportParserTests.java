package se.esfkg.parse.csvexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.esfkg.parse.Fixtures;
import se.esfkg.parse.Layout;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.Section;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;
import se.esfkg.problem.SourceLocation;

class CsvExportParserTests {

    private final CsvExportParser parser = new CsvExportParser();

    @Test
    void exampleReadFieldByField() {
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.resource("layouts/d/export-example.csv"));
        assertThat(result.problems().problems()).isEmpty();
        assertThat(result.records()).hasSize(2);

        ProjectRecord r = result.records().get(0);
        assertThat(r.layout()).isEqualTo(Layout.D);
        assertThat(r.source().location()).isEqualTo(new SourceLocation("export-example.csv", 2, "title"));
        assertThat(r.caseNumber()).contains("23-017-S01");
        assertThat(r.title()).isEqualTo("Vägen vidare i Norrbotten");
        assertThat(r.ownerName()).contains("Luleå kommun");
        assertThat(r.ownerOrgNumber()).contains("212000-0001");
        assertThat(r.ownerCity()).contains("Luleå");
        assertThat(r.programmeArea()).contains("2");
        assertThat(r.specificObjective()).contains("2.1");
        assertThat(r.interventionType()).contains("134");
        assertThat(r.totalBudget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("24870000"));
        assertThat(r.euCofinancingRate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
        assertThat(r.esfGrant()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12435000"));
        assertThat(r.startDate()).contains(LocalDate.of(2023, 9, 1));
        assertThat(r.endDate()).contains(LocalDate.of(2026, 8, 31));
        assertThat(r.fund()).contains("ESF+");
        assertThat(r.programmeCci()).contains("2021SE05SFPR");
        assertThat(r.sections()).extracting(Section::heading, Section::kind, Section::language, Section::text)
                .containsExactly(
                        tuple("Sammanfattning", SectionKind.SUMMARY, "sv",
                                "Ett samverkansprojekt mellan Luleå, Boden och Piteå för unga vuxna som varken "
                                        + "arbetar eller studerar."),
                        tuple("Summary in english", SectionKind.SUMMARY, "en",
                                "A joint project of Luleå, Boden and Piteå for young adults not in employment "
                                        + "or education."));
        assertThat(r.sections()).extracting(Section::location).containsExactly(
                new SourceLocation("export-example.csv", 2, "Sammanfattning"),
                new SourceLocation("export-example.csv", 2, "Sammanfattning engelsk"));
        assertThat(r.projectNumber()).isEmpty();
        assertThat(r.call()).isEmpty();
        assertThat(r.phase()).isEmpty();
        assertThat(r.ownerPostcode()).isEmpty();
        assertThat(r.region()).isEmpty();
        assertThat(r.plannedParticipants()).isEmpty();
        assertThat(r.contact().name()).isEmpty();
        assertThat(r.contact().email()).isEmpty();
        assertThat(r.evaluationReport()).isEmpty();

        ProjectRecord s = result.records().get(1);
        assertThat(s.source().location()).isEqualTo(new SourceLocation("export-example.csv", 3, "title"));
        assertThat(s.caseNumber()).contains("23-021-S01");
        assertThat(s.title()).isEqualTo("Kompetens för omställning");
        assertThat(s.ownerName()).contains("Exempelkommunen");
        assertThat(s.ownerOrgNumber()).contains("212000-0000");
        assertThat(s.ownerCity()).contains("Exempelstad");
        assertThat(s.programmeArea()).contains("1");
        assertThat(s.specificObjective()).contains("1.2");
        assertThat(s.interventionType()).contains("146");
        assertThat(s.totalBudget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8120400"));
        assertThat(s.euCofinancingRate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
        assertThat(s.esfGrant()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4060200"));
        assertThat(s.startDate()).contains(LocalDate.of(2023, 11, 1));
        assertThat(s.endDate()).contains(LocalDate.of(2025, 10, 31));
        assertThat(s.fund()).contains("ESF+");
        assertThat(s.programmeCci()).contains("2021SE05SFPR");
        // Quoted quotes and a semicolon inside quotes; no English summary in this row.
        assertThat(s.sections()).singleElement().satisfies(sec -> {
            assertThat(sec.kind()).isEqualTo(SectionKind.SUMMARY);
            assertThat(sec.language()).isEqualTo("sv");
            assertThat(sec.text()).isEqualTo(
                    "Kompetensutveckling för anställda i omställning; insatser \"på plats\" hos arbetsgivarna.");
        });
    }

    @Test
    void badRowsAreReportedWithLineAndFieldWhileTheOthersConvert() {
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.resource("layouts/d/bad-rows-01.csv"));

        assertThat(result.records()).extracting(ProjectRecord::title, r -> r.source().line()).containsExactly(
                tuple("Första goda raden", 2),
                tuple("Fel belopp", 6),
                tuple("Fel datum", 7),
                tuple("Andra goda raden; med semikolon och \"citat\"", 9),
                tuple("Fel andel", 10));
        // Only a row that cannot be read as a whole (its columns shifted) or has no title is lost;
        // an odd value costs its cell.
        assertThat(result.problems().problems()).extracting(Problem::toString).containsExactly(
                "error: wrong field count: 17 fields where the header has 18 [bad-rows-01.csv:5, Program CCI]",
                "warning: malformed amount \"1 0x0 000\"; the field is left out [bad-rows-01.csv:6, Total projektbudget]",
                "warning: bad date \"2024-02-30\"; the field is left out [bad-rows-01.csv:7, Startdatum]",
                "error: missing title [bad-rows-01.csv:8, Namn på insatsen]",
                "warning: malformed percentage \"femtio%\"; the field is left out [bad-rows-01.csv:10, Unionens medfinansieringsgrad]");
        assertThat(result.records().get(1).totalBudget()).isEmpty();
        assertThat(result.records().get(1).esfGrant()).isPresent();
        assertThat(result.records().get(2).startDate()).isEmpty();
        assertThat(result.records().get(2).endDate()).isPresent();
    }

    @Test
    void htmlBecomesParagraphsWithEntitiesDecoded() {
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.resource("layouts/d/bad-rows-01.csv"));
        ProjectRecord r = result.records().get(0);
        assertThat(r.sections()).extracting(Section::language, Section::text).containsExactly(
                tuple("sv", "Stycke ett med & och \"citat\".\n\nStycke två; med radbrytning i källan."),
                tuple("en", "First paragraph.\n\nSecond\nline."));
        assertThat(r.sections()).extracting(Section::heading)
                .containsExactly("Sammanfattning", "Summary in english");
    }

    @Test
    void columnsAreFoundByHeaderNotPosition() {
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.resource("layouts/d/good-reordered-01.csv"));
        ProjectRecord r = result.only();
        assertThat(r.programmeCci()).contains("2021SE05SFPR");
        assertThat(r.title()).isEqualTo("Omvänd ordning");
        assertThat(r.caseNumber()).contains("24-010-S01");
        assertThat(r.startDate()).contains(LocalDate.of(2024, 7, 1));
        assertThat(r.endDate()).contains(LocalDate.of(2026, 6, 30));
        assertThat(r.esfGrant()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4973906"));
        assertThat(r.totalBudget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9947812"));
        assertThat(r.ownerName()).contains("Theta kommun");
        assertThat(r.ownerOrgNumber()).contains("212000-1010");
        assertThat(r.ownerCity()).contains("Thetastad");
        assertThat(r.programmeArea()).contains("3");
        assertThat(r.specificObjective()).contains("3.1");
        assertThat(r.interventionType()).contains("150");
        assertThat(r.euCofinancingRate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
        assertThat(r.fund()).contains("ESF+");
        // An unknown column is reported once and its value kept with the project.
        assertThat(r.sections()).extracting(Section::heading, Section::kind, Section::text).containsExactly(
                tuple("Sammanfattning", SectionKind.SUMMARY, "Kort text."),
                tuple("Summary in english", SectionKind.SUMMARY, "Short text."),
                tuple("Kontaktkanal / Contact channel", SectionKind.OTHER, "Webb"));
        assertThat(result.problems().problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.location()).isEqualTo(new SourceLocation("good-reordered-01.csv", 1, "Kontaktkanal"));
        });
    }

    @Test
    void foreignCountryIsAWarningSinceTheRecordHasNoPlaceForIt() {
        String csv = """
                Diarienummer / Operation ID;Namn på insatsen / Operation Name;Stödmottagarens land / Beneficiary country
                24-020-S01;Utlandet;Norge
                """;
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.text("x.csv", csv));
        assertThat(result.only().title()).isEqualTo("Utlandet");
        assertThat(result.problems().ofSeverity(Severity.WARNING)).extracting(Problem::location)
                .contains(new SourceLocation("x.csv", 2, "Stödmottagarens land"));
    }

    @Test
    void unterminatedQuoteStopsTheFileWithAnError() {
        String csv = """
                Diarienummer / Operation ID;Namn på insatsen / Operation Name
                24-030-S01;Bra rad
                24-031-S01;"Aldrig stängd
                """;
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.text("q.csv", csv));
        assertThat(result.records()).extracting(ProjectRecord::title).containsExactly("Bra rad");
        assertThat(result.problems().ofSeverity(Severity.ERROR)).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(3));
    }

    @Test
    void onlyAnExportIsAccepted() {
        assertThat(parser.accepts(Fixtures.resource("layouts/d/export-example.csv"))).isTrue();
        assertThat(parser.accepts(Fixtures.resource("layouts/d/good-reordered-01.csv"))).isTrue();
        assertThat(parser.accepts(Fixtures.resource("layouts/d/not-an-export-01.csv"))).isFalse();
    }

    @Test
    void blankLinesBetweenRowsDoNotShiftLineNumbers() {
        String csv = """
                Diarienummer / Operation ID;Namn på insatsen / Operation Name;Startdatum / Start date

                24-040-S01;"Första
                raden";2024-01-01

                24-041-S01;Andra raden;2024-13-01
                """;
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.text("blank.csv", csv));
        assertThat(result.records()).extracting(r -> r.source().location()).containsExactly(
                new SourceLocation("blank.csv", 3, "title"), new SourceLocation("blank.csv", 6, "title"));
        assertThat(result.records().get(0).title()).isEqualTo("Första\nraden");
        assertThat(result.problems().problems()).filteredOn(p -> p.message().startsWith("bad date"))
                .extracting(Problem::location).containsExactly(new SourceLocation("blank.csv", 6, "Startdatum"));
    }

    @Test
    void anExportWithOnlyAHeaderRowSaysSo() throws java.io.IOException {
        String header = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/layouts/d/export-example.csv"))
                .lines().findFirst().orElseThrow();
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.text("empty.csv", header + "\n"));
        assertThat(result.records()).isEmpty();
        assertThat(result.problems().problems()).extracting(Problem::toString)
                .containsExactly("warning: the export has a header row and no project rows [empty.csv:1]");
    }

    @Test
    void anUnclosedQuoteCostsOnlyItsRowAndIsReportedAtItsLine() throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/test/resources/layouts/d/export-example.csv"));
        // Row 2 opens a quote in its title and never closes it; row 3 and on must still be read.
        String broken = String.join("\n", lines.get(0), lines.get(1).replace(";Vägen vidare", ";\"Vägen vidare"),
                String.join("\n", lines.subList(2, lines.size()))) + "\n";
        Fixtures.Result whole = Fixtures.parse(parser, Fixtures.resource("layouts/d/export-example.csv"));
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.text("broken.csv", broken));
        assertThat(result.problems().ofSeverity(Severity.ERROR)).extracting(Problem::toString).singleElement()
                .asString().startsWith("error: a quote opened in this row is never closed").endsWith("[broken.csv:2]");
        assertThat(result.records()).extracting(ProjectRecord::title)
                .containsExactlyElementsOf(whole.records().subList(1, whole.records().size()).stream()
                        .map(ProjectRecord::title).toList());
        assertThat(result.records()).isNotEmpty();
    }
}
