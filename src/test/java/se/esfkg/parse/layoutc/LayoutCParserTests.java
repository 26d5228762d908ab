package se.esfkg.parse.layoutc;

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

class LayoutCParserTests {

    private final LayoutCParser parser = new LayoutCParser();

    @Test
    void exampleReadFieldByField() {
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.resource("layouts/c/format-c-example.txt"));
        ProjectRecord r = result.only();

        assertThat(result.problems().problems()).isEmpty();
        assertThat(r.layout()).isEqualTo(Layout.C);
        assertThat(r.source().location()).isEqualTo(new SourceLocation("format-c-example.txt", 8, "title"));
        assertThat(r.title()).isEqualTo("Vägen vidare i Norrbotten");
        assertThat(r.caseNumber()).contains("2023/00117");
        assertThat(r.projectNumber()).contains("2023/00117");
        assertThat(r.ownerName()).contains("Luleå kommun, Arbetsmarknadsförvaltningen");
        assertThat(r.region()).contains("Övre Norrland");
        assertThat(r.plannedParticipants()).contains(150);
        assertThat(r.startDate()).contains(LocalDate.of(2023, 9, 1));
        assertThat(r.endDate()).contains(LocalDate.of(2026, 8, 31));
        assertThat(r.totalBudget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("24870000"));
        assertThat(r.esfGrant()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12435000"));
        assertThat(r.contact().name()).contains("Nils Exempelsson");
        assertThat(r.contact().email()).contains("nils.exempelsson@example.se");
        assertThat(r.contact().phone()).isEmpty();
        assertThat(r.ownerPostcode()).contains("97185");
        assertThat(r.programmeArea()).contains("2");
        assertThat(r.specificObjective()).contains("2.1");
        assertThat(r.euCofinancingRate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
        assertThat(r.interventionType()).contains("134");

        assertThat(r.sections()).singleElement().satisfies(s -> {
            assertThat(s.heading()).isEmpty();
            assertThat(s.kind()).isEqualTo(SectionKind.DESCRIPTION);
            assertThat(s.language()).isEqualTo("sv");
            assertThat(s.truncated()).isFalse();
            assertThat(s.location()).isEqualTo(new SourceLocation("format-c-example.txt", 42, ""));
            assertThat(s.text())
                    .startsWith("Vägen vidare är ett samverkansprojekt mellan Luleå kommun, Bodens kommun och Piteå kommun")
                    .contains("unga vuxna 16–29 år")
                    .endsWith("ett tvärprofessionellt team med en väg in för deltagarna.");
        });

        assertThat(r.call()).isEmpty();
        assertThat(r.phase()).isEmpty();
        assertThat(r.ownerOrgNumber()).isEmpty();
        assertThat(r.ownerCity()).isEmpty();
        assertThat(r.programmeCci()).isEmpty();
        assertThat(r.fund()).isEmpty();
        assertThat(r.evaluationReport()).isEmpty();
        assertThat(r.coFinancers()).isEmpty();
        assertThat(r.partners()).isEmpty();
        assertThat(r.municipalities()).isEmpty();
    }

    @Test
    void varyingOrderEnglishNameDoubledOwnerNationalCareAndZeroParticipants() {
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.resource("layouts/c/good-order-01.txt"));
        ProjectRecord r = result.only();

        assertThat(result.problems().problems()).isEmpty();
        assertThat(r.title()).isEqualTo("Care for all");
        assertThat(r.caseNumber()).contains("2022/00031");
        assertThat(r.projectNumber()).isEmpty();
        assertThat(r.interventionType()).contains("153");
        assertThat(r.euCofinancingRate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
        assertThat(r.programmeArea()).contains("Care");
        assertThat(r.region()).contains("ESF Nationellt");
        assertThat(r.ownerName()).contains("Exempelkommunen, Socialförvaltningen");
        assertThat(r.specificObjective()).contains("5.2");
        assertThat(r.plannedParticipants()).contains(0);
        assertThat(r.endDate()).contains(LocalDate.of(2024, 2, 29));
        assertThat(r.contact().name()).isEmpty();
        assertThat(r.contact().email()).contains("kontakt@example.se");
        assertThat(r.ownerPostcode()).isEmpty();
        assertThat(r.section(SectionKind.DESCRIPTION)).map(Section::text).contains(
                "Projektet stöttar personer i akut social utsatthet.\n\nInsatserna sker i samverkan med civilsamhället.");
    }

    @Test
    void emptyAddressDoesNotSwallowTheNextLabel() {
        String page = """
                2023/00300 - Tomma fält

                Stödmottagarens address:
                Region:
                Västsverige
                Stödmottagare postnr:
                Stödmottagarens address:
                Programområde:
                1

                Beskrivning.
                """;
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.text("c.txt", page));
        ProjectRecord r = result.only();
        assertThat(r.region()).contains("Västsverige");
        assertThat(r.ownerPostcode()).isEmpty();
        assertThat(r.programmeArea()).contains("1");
        assertThat(r.sections()).extracting(Section::kind).containsExactly(SectionKind.DESCRIPTION);
        assertThat(result.problems().problems()).isEmpty();
    }

    @Test
    void missingParticipantsStayAbsent() {
        String page = """
                2023/00301 - Utan deltagare
                Projektperiod:
                2023-01-01 - 2023-12-31
                Planerat antal deltagare:

                Beskrivning.
                """;
        ProjectRecord r = Fixtures.parse(parser, Fixtures.text("c.txt", page)).only();
        assertThat(r.plannedParticipants()).isEmpty();
        assertThat(r.caseNumber()).contains("2023/00301");
        assertThat(r.section(SectionKind.DESCRIPTION)).map(Section::text).contains("Beskrivning.");
    }

    @Test
    void cookieBannerIsNotData() {
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.resource("layouts/c/format-c-example.txt"));
        assertThat(result.only().sections()).extracting(Section::text)
                .noneMatch(t -> t.contains("cookies") || t.contains("Läs mer"));
    }

    @Test
    void unknownLabelIsAWarningAndKept() {
        String page = """
                2023/00302 - Nytt fält
                Region:
                Mellersta Norrland
                Samverkansform:
                Partnerskap
                Stödmottagarens address:
                Kategori:
                Programområde:
                3

                Beskrivning.
                """;
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.text("c.txt", page));
        ProjectRecord r = result.only();
        assertThat(r.region()).contains("Mellersta Norrland");
        assertThat(r.programmeArea()).contains("3");
        assertThat(r.sections()).extracting(Section::heading, Section::kind, Section::text).containsExactly(
                tuple("Samverkansform", SectionKind.OTHER, "Partnerskap"),
                tuple("", SectionKind.DESCRIPTION, "Beskrivning."));
        assertThat(result.problems().problems()).extracting(p -> p.severity(), p -> p.location()).containsExactly(
                tuple(Severity.WARNING, new SourceLocation("c.txt", 4, "Samverkansform")),
                tuple(Severity.WARNING, new SourceLocation("c.txt", 7, "Kategori")));
    }

    @Test
    void namnFieldStandsInForAMissingTitleLine() {
        String page = """
                Namn:
                Projekt utan rubrik
                Diarienummer:
                2023/00303
                """;
        ProjectRecord r = Fixtures.parse(parser, Fixtures.text("c.txt", page)).only();
        assertThat(r.title()).isEqualTo("Projekt utan rubrik");
        assertThat(r.source().location()).isEqualTo(new SourceLocation("c.txt", 2, "title"));
        assertThat(r.sections()).isEmpty();
    }

    @Test
    void pageWithoutTitleIsRejected() {
        assertThatThrownBy(() -> Fixtures.parse(parser, Fixtures.resource("layouts/c/bad-no-title-01.txt")))
                .isInstanceOf(PageRejectedException.class)
                .hasMessage("no title line \"dnr - Namn\" and no Namn field [bad-no-title-01.txt:1, title]");
    }

    @Test
    void badPeriodIsAWarningAtItsLineAndThePageIsKept() {
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.resource("layouts/c/bad-period-01.txt"));
        assertThat(result.problems().problems()).extracting(Problem::toString)
                .contains("warning: bad date \"2023-02-30\"; the field is left out [bad-period-01.txt:6, Projektperiod]");
        assertThat(result.only().startDate()).isEmpty();
        assertThat(result.only().title()).isNotEmpty();
    }

    @Test
    void badAmountIsAWarningAtItsLineAndThePageIsKept() {
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.resource("layouts/c/bad-amount-01.txt"));
        assertThat(result.problems().problems()).extracting(Problem::toString).contains(
                "warning: malformed amount \"12,435,000\"; the field is left out [bad-amount-01.txt:6, Beviljat ESF-stöd]");
        assertThat(result.only().esfGrant()).isEmpty();
        assertThat(result.only().title()).isNotEmpty();
    }

    @Test
    void ownerPrintedOnceIsLeftAlone() {
        assertThat(LayoutCParser.withoutRepeat("Luleå kommun, Arbetsmarknadsförvaltningen"))
                .isEqualTo("Luleå kommun, Arbetsmarknadsförvaltningen");
        assertThat(LayoutCParser.withoutRepeat("Org, Enhet, Org, Enhet")).isEqualTo("Org, Enhet");
        assertThat(LayoutCParser.withoutRepeat("Org, Enhet, Org, Annan")).isEqualTo("Org, Enhet, Org, Annan");
    }

    @Test
    void descriptionOpeningWithAColonIsNotALabel() {
        String page = """
                2023/00304 - Tre delar
                Region:
                Sydsverige

                Projektet har tre delar:
                kartläggning, praktik och uppföljning.
                """;
        Fixtures.Result result = Fixtures.parse(parser, Fixtures.text("c.txt", page));
        assertThat(result.only().sections()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SectionKind.DESCRIPTION);
            assertThat(s.text()).isEqualTo("Projektet har tre delar:\nkartläggning, praktik och uppföljning.");
            assertThat(s.location().line()).isEqualTo(5);
        });
        assertThat(result.problems().problems()).isEmpty();
    }
}
