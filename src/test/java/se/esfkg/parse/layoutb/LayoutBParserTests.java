package se.esfkg.parse.layoutb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.esfkg.parse.Fixtures;
import se.esfkg.parse.Layout;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.Section;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.PageRejectedException;
import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;
import se.esfkg.problem.SourceLocation;

class LayoutBParserTests {

    private final LayoutBParser parser = new LayoutBParser();

    @Test
    void exampleReadFieldByField() {
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.resource("layouts/b/format-b-example.txt"));
        ProjectRecord r = result.only();

        assertThat(result.problems().problems()).isEmpty();
        assertThat(r.layout()).isEqualTo(Layout.B);
        assertThat(r.source().location()).isEqualTo(new SourceLocation("format-b-example.txt", 7, "title"));
        assertThat(r.title()).isEqualTo("Digitalt lyft i Bergslagen");
        assertThat(r.programmeArea()).contains("1.1 Kompetensförsörjning");
        assertThat(r.region()).contains("Norra Mellansverige");
        assertThat(r.call()).contains("2016/00412");
        assertThat(r.ownerName()).contains("Bergslagens Kompetenscentrum");
        assertThat(r.projectNumber()).contains("2016/00518");
        assertThat(r.plannedParticipants()).contains(240);
        assertThat(r.startDate()).contains(LocalDate.of(2017, 2, 1));
        assertThat(r.endDate()).contains(LocalDate.of(2019, 12, 31));
        assertThat(r.totalBudget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6412300"));
        assertThat(r.esfGrant()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3206150"));
        assertThat(r.contact().name()).contains("Sara Exempelsson");
        assertThat(r.contact().email()).contains("sara.exempelsson@example.se");
        assertThat(r.contact().phone()).isEmpty();
        assertThat(r.evaluationReport()).contains("Slutrapport extern utvärdering (pdf)");

        assertThat(r.sections()).hasSize(1);
        Section summary = r.sections().get(0);
        assertThat(summary.heading()).isEqualTo("Sammanfattning");
        assertThat(summary.kind()).isEqualTo(SectionKind.SUMMARY);
        assertThat(summary.language()).isEqualTo("sv");
        assertThat(summary.truncated()).isFalse();
        assertThat(summary.location()).isEqualTo(new SourceLocation("format-b-example.txt", 32, "Sammanfattning"));
        assertThat(summary.text())
                .startsWith("Projektet riktar sig till anställda inom tillverkningsindustrin i Ludvika, Smedjebacken")
                .endsWith("bygger på en gemensam handlingsplan för varje arbetsplats.")
                .doesNotContain("Utvärderingsrapport", "Slutrapport", "\n");

        // What layout B does not publish stays empty rather than guessed.
        assertThat(r.caseNumber()).isEmpty();
        assertThat(r.phase()).isEmpty();
        assertThat(r.specificObjective()).isEmpty();
        assertThat(r.interventionType()).isEmpty();
        assertThat(r.ownerOrgNumber()).isEmpty();
        assertThat(r.ownerCity()).isEmpty();
        assertThat(r.ownerPostcode()).isEmpty();
        assertThat(r.euCofinancingRate()).isEmpty();
        assertThat(r.programmeCci()).isEmpty();
        assertThat(r.fund()).isEmpty();
        assertThat(r.coFinancers()).isEmpty();
        assertThat(r.partners()).isEmpty();
        assertThat(r.municipalities()).isEmpty();
    }

    @Test
    void furnitureNeverBecomesTheTitle() {
        assertThatThrownBy(() -> Fixtures.parse(parser, Fixtures.resource("layouts/b/bad-no-title-01.txt")))
                .isInstanceOf(PageRejectedException.class)
                .hasMessage("no title before the first field [bad-no-title-01.txt:7, title]");
    }

    @Test
    void badPeriodIsAWarningAtItsLineAndThePageIsKept() {
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.resource("layouts/b/bad-period-01.txt"));
        assertThat(result.problems().problems()).extracting(Problem::toString)
                .contains("warning: bad date \"2019-13-31\"; the field is left out [bad-period-01.txt:10, Projektperiod]");
        assertThat(result.only().startDate()).isEmpty();
        assertThat(result.only().programmeArea()).contains("1.1 Kompetensförsörjning");
    }

    @Test
    void badAmountIsAWarningAtItsLineAndThePageIsKept() {
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.resource("layouts/b/bad-amount-01.txt"));
        assertThat(result.problems().problems()).extracting(Problem::toString).contains(
                "warning: malformed amount \"6 4I2 300 kr\"; the field is left out [bad-amount-01.txt:12, Total projektbudget]");
        assertThat(result.only().totalBudget()).isEmpty();
        assertThat(result.only().startDate()).isPresent();
    }

    @Test
    void pageWithoutFurnitureSeveralParagraphsAndNoEvaluation() {
        String page = """
                Ett projekt utan banner

                Programområde
                2.1 Ökade övergångar till arbete
                Projektägare
                Exempelkommunen
                Projektperiod
                2015-09-01-2018-08-31

                Sammanfattning

                Första stycket.

                Andra stycket.
                """;
        ProjectRecord r = Fixtures.parse(parser, Fixtures.text("b.txt", page)).only();
        assertThat(r.title()).isEqualTo("Ett projekt utan banner");
        assertThat(r.source().line()).isEqualTo(1);
        assertThat(r.evaluationReport()).isEmpty();
        assertThat(r.plannedParticipants()).isEmpty();
        assertThat(r.section(SectionKind.SUMMARY)).map(Section::text).contains("Första stycket.\n\nAndra stycket.");
    }

    @Test
    void unknownLabelIsReportedAndKept() {
        String page = """
                Projekt med nytt fält

                Programområde
                1.1 Kompetensförsörjning
                Projektnummer
                2016/00100
                Samverkansform
                Partnerskap
                Projektperiod
                2017-02-01-2019-12-31

                Sammanfattning

                Text.
                """;
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.text("b.txt", page));
        ProjectRecord r = result.only();
        assertThat(r.projectNumber()).contains("2016/00100");
        assertThat(r.endDate()).contains(LocalDate.of(2019, 12, 31));
        assertThat(r.sections()).extracting(Section::heading, Section::kind, Section::text)
                .containsExactly(
                        tuple("Samverkansform", SectionKind.OTHER, "Partnerskap"),
                        tuple("Sammanfattning", SectionKind.SUMMARY, "Text."));
        assertThat(result.problems().problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.location()).isEqualTo(new SourceLocation("b.txt", 7, "Samverkansform"));
        });
    }

    @Test
    void labelWithoutValueDoesNotTakeTheNextLabel() {
        String page = """
                Projekt med tomt fält

                Programområde
                1.1 Kompetensförsörjning
                Utlysning
                Projektnummer
                2016/00101
                Projektperiod
                2017-02-01-2019-12-31
                E-post

                Sammanfattning

                Text.
                """;
        ProjectRecord r = Fixtures.parse(parser, Fixtures.text("b.txt", page)).only();
        assertThat(r.call()).isEmpty();
        assertThat(r.projectNumber()).contains("2016/00101");
        assertThat(r.contact().email()).isEmpty();
        assertThat(r.section(SectionKind.SUMMARY)).map(Section::text).contains("Text.");
    }

    @Test
    void evaluationBlockWithTextOnItsOwnLine() {
        String page = """
                Projekt med rapport

                Projektnummer
                2016/00102
                Projektperiod
                2017-02-01-2019-12-31
                Beviljat ESF-stöd
                1 000 kr
                Sammanfattning
                Text om projektet.
                Utvärderingsrapport: Rapport 2019 (pdf)
                """;
        ProjectRecord r = Fixtures.parse(parser, Fixtures.text("b.txt", page)).only();
        assertThat(r.evaluationReport()).contains("Rapport 2019 (pdf)");
        assertThat(r.section(SectionKind.SUMMARY)).map(Section::text).contains("Text om projektet.");
    }
}
