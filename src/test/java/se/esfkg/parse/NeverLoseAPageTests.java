package se.esfkg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.esfkg.parse.csvexport.CsvExportParser;
import se.esfkg.parse.layouta.LayoutAParser;
import se.esfkg.parse.layoutb.LayoutBParser;
import se.esfkg.parse.layoutc.LayoutCParser;
import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;
import se.esfkg.problem.SourceLocation;

/**
 * Invented pages, one layout at a time, each with the oddities real pages have: a page is lost only
 * for want of a title or a source; everything else is a warning at its line and the rest is
 * published. Expected values are read off the pages written here.
 */
class NeverLoseAPageTests {

    private static final String A_FIELDS = """
            Logotyp på utskrifter

            Påhittat projekt

            ProgramområdeProgramområde 2 Ökat arbetskraftsutbud
            ProjektfasGenomförande
            ProjektägarePåhittad kommun
            Beviljat ESF-stöd1 000 000 kr
            Total projektbudget2 000 000 kr
            Projektperiod2014-01-02 till 2014-12-31
            RegionÖvre Norrland
            In English

            """;

    private static Fixtures.Result a(String body) {
        return Fixtures.parse(new LayoutAParser(), Fixtures.text("a.txt", A_FIELDS + body));
    }

    private static java.util.List<String> warnings(Fixtures.Result r) {
        return r.problems().ofSeverity(Severity.WARNING).stream().map(Problem::toString).toList();
    }

    @Test
    void aOneLineSectionUnderAKnownHeadingIsThatSectionsText() {
        Fixtures.Result r = a("""
                Sammanfattning

                Se bilaga 2

                Bakgrund

                Kort bakgrund.
                """);
        assertThat(r.only().sections()).extracting(Section::kind, Section::text).containsExactly(
                tuple(SectionKind.SUMMARY, "Se bilaga 2"),
                tuple(SectionKind.BACKGROUND, "Kort bakgrund."));
        assertThat(r.problems().problems()).isEmpty();
    }

    @Test
    void aSectionWithNoTextIsLeftOutWithAWarningAndTheOthersAreKept() {
        Fixtures.Result r = a("""
                Sammanfattning

                Projektet ska hjälpa unga till arbete.

                Transnationellt samarbete

                Jämställdhetsintegrering

                Alla aktiviteter planeras med jämställdhet i fokus.
                """);
        assertThat(r.only().sections()).extracting(Section::kind)
                .containsExactly(SectionKind.SUMMARY, SectionKind.GENDER_EQUALITY);
        assertThat(warnings(r)).containsExactly(
                "warning: empty section \"Transnationellt samarbete\" left out [a.txt:18, Transnationellt samarbete]");
    }

    @Test
    void anUnknownHeadingIsAWarningNamedByItsTextAndItsSectionIsKept() {
        Fixtures.Result r = a("""
                Sammanfattning

                Projektet ska hjälpa unga till arbete.

                Resultat och effekter

                Fler unga har fått jobb.
                """);
        assertThat(r.only().sections()).extracting(Section::heading, Section::kind, Section::text).containsExactly(
                tuple("Sammanfattning", SectionKind.SUMMARY, "Projektet ska hjälpa unga till arbete."),
                tuple("Resultat och effekter", SectionKind.OTHER, "Fler unga har fått jobb."));
        Problem unknown = r.problems().ofSeverity(Severity.WARNING).get(0);
        assertThat(unknown.message()).startsWith("unknown heading");
        assertThat(unknown.location()).isEqualTo(new SourceLocation("a.txt", 18, "Resultat och effekter"));
    }

    @Test
    void headingsInCapitalsOrWithAColonAreKnown() {
        Fixtures.Result r = a("""
                SAMMANFATTNING

                Projektet ska hjälpa unga till arbete.

                Bakgrund:
                Arbetslösheten är hög.

                MÅLSÄTTNING

                Hälften ska ha jobb efter ett år.
                """);
        assertThat(r.only().sections()).extracting(Section::kind, Section::text).containsExactly(
                tuple(SectionKind.SUMMARY, "Projektet ska hjälpa unga till arbete."),
                tuple(SectionKind.BACKGROUND, "Arbetslösheten är hög."),
                tuple(SectionKind.OBJECTIVES, "Hälften ska ha jobb efter ett år."));
        assertThat(warnings(r)).isEmpty();
    }

    @Test
    void anInlineSubHeadingInCapitalsStaysText() {
        Fixtures.Result r = a("""
                Sammanfattning

                Inledning.

                SYFTE
                Att fler ska få arbete.
                """);
        assertThat(r.only().sections()).extracting(Section::kind, Section::text).containsExactly(
                tuple(SectionKind.SUMMARY, "Inledning.\n\nSYFTE\nAtt fler ska få arbete."));
    }

    @Test
    void bannersBetweenSectionsAreLeftOut() {
        Fixtures.Result r = a("""
                Sammanfattning

                Projektet ska hjälpa unga till arbete.

                Information med anledning av covid-19

                Bakgrund

                Arbetslösheten är hög.
                """);
        assertThat(r.only().sections()).extracting(Section::kind, Section::text).containsExactly(
                tuple(SectionKind.SUMMARY, "Projektet ska hjälpa unga till arbete."),
                tuple(SectionKind.BACKGROUND, "Arbetslösheten är hög."));
        assertThat(warnings(r)).singleElement().asString().contains("page furniture between sections left out");
    }

    @Test
    void aCutOffLastParagraphIsText() {
        Fixtures.Result r = a("""
                Sammanfattning

                Projektet ska hjälpa unga till arbete.

                Bakgrund

                Arbetslösheten är hög.

                Projektet kommer att arbeta med
                """);
        assertThat(r.only().sections()).extracting(Section::kind, Section::text).containsExactly(
                tuple(SectionKind.SUMMARY, "Projektet ska hjälpa unga till arbete."),
                tuple(SectionKind.BACKGROUND, "Arbetslösheten är hög.\n\nProjektet kommer att arbeta med"));
        assertThat(r.problems().problems()).isEmpty();
    }

    @Test
    void anOddAmountCostsThatFieldOnly() {
        Fixtures.Result r = Fixtures.parse(new LayoutAParser(), Fixtures.text("a.txt",
                A_FIELDS.replace("Beviljat ESF-stöd1 000 000 kr", "Beviljat ESF-stödca en miljon") + """
                        Sammanfattning

                        Text.
                        """));
        ProjectRecord p = r.only();
        assertThat(p.esfGrant()).isEmpty();
        assertThat(p.totalBudget()).contains(new BigDecimal("2000000"));
        assertThat(p.sections()).hasSize(1);
        assertThat(warnings(r)).containsExactly(
                "warning: malformed amount \"ca en miljon\"; the field is left out [a.txt:8, Beviljat ESF-stöd]");
    }

    private static final String B_FIELDS = """
            Logotyp på utskrifter

            Påhittat B-projekt

            Programområde
            1.1 Kompetensförsörjning
            Projektägare
            Påhittad kommun
            Projektnummer
            2016/00999
            Projektperiod
            2017-02-01-2019-01-31
            Total projektbudget
            1 000 000 kr

            """;

    @Test
    void layoutBOneLineSummaryHeadingVariantsBannersAndAnOddAmount() {
        String page = B_FIELDS.replace("1 000 000 kr", "en miljon") + """
                SAMMANFATTNING:

                Se bilaga 2.

                3 december - Webbinarium om fattigdom

                Jämställdhetsintegrering

                """;
        Fixtures.Result r = Fixtures.parse(new LayoutBParser(), Fixtures.text("b.txt", page));
        ProjectRecord p = r.only();
        assertThat(p.title()).isEqualTo("Påhittat B-projekt");
        assertThat(p.projectNumber()).contains("2016/00999");
        assertThat(p.totalBudget()).isEmpty();
        assertThat(p.sections()).extracting(Section::kind, Section::text)
                .containsExactly(tuple(SectionKind.SUMMARY, "Se bilaga 2."));
        assertThat(warnings(r)).containsExactly(
                "warning: malformed amount \"en miljon\"; the field is left out [b.txt:14, Total projektbudget]",
                "warning: page furniture between sections left out [b.txt:20]",
                "warning: empty section \"Jämställdhetsintegrering\" left out [b.txt:22, Jämställdhetsintegrering]");
    }

    @Test
    void layoutCEmptyFieldsAnOddRateAndACutOffDescription() {
        String page = """
                Cookies

                Lär dig mer

                2023/00999 - Påhittat C-projekt

                Projektägare:
                Påhittad kommun
                Region:
                Projektperiod:
                2023-09-01 - 2026-08-31
                Unionens medfinansieringsgrad:
                ungefär hälften
                Kategori:

                Projektet ska arbeta med
                """;
        Fixtures.Result r = Fixtures.parse(new LayoutCParser(), Fixtures.text("c.txt", page));
        ProjectRecord p = r.only();
        assertThat(p.title()).isEqualTo("Påhittat C-projekt");
        assertThat(p.caseNumber()).contains("2023/00999");
        assertThat(p.region()).isEmpty();
        assertThat(p.euCofinancingRate()).isEmpty();
        assertThat(p.startDate()).isPresent();
        assertThat(p.sections()).extracting(Section::kind, Section::text)
                .containsExactly(tuple(SectionKind.DESCRIPTION, "Projektet ska arbeta med"));
        assertThat(r.problems().ofSeverity(Severity.ERROR)).isEmpty();
        assertThat(warnings(r)).contains("warning: malformed percentage \"ungefär hälften\"; the field is left out "
                + "[c.txt:13, Unionens medfinansieringsgrad]");
    }

    @Test
    void exportRowsWithOddValuesArePublishedAndOnlyARowWithoutATitleIsLost() {
        String csv = """
                Diarienummer / Operation ID;Namn på insatsen / Operation Name;Total projektbudget / Total budget SEK;Startdatum / Start date;Slutdatum / End date;Sammanfattning / Summary
                24-100-S01;Udda belopp;1 0x0 000;2024-01-01;2025-12-31;<p>Text.</p>
                24-101-S01;Omvänd period;1 000 000;2025-12-31;2024-01-01;<p></p>
                24-102-S01;;1 000 000;2024-01-01;2025-12-31;<p>Text.</p>
                """;
        Fixtures.Result r = Fixtures.parse(new CsvExportParser(), Fixtures.text("e.csv", csv));
        assertThat(r.records()).extracting(ProjectRecord::title).containsExactly("Udda belopp", "Omvänd period");
        assertThat(r.records().get(0).totalBudget()).isEmpty();
        assertThat(r.records().get(0).startDate()).isPresent();
        assertThat(r.records().get(1).startDate()).isEmpty();
        assertThat(r.records().get(1).endDate()).isEmpty();
        assertThat(r.records().get(1).totalBudget()).contains(new BigDecimal("1000000"));
        assertThat(r.records().get(1).sections()).isEmpty();
        assertThat(r.problems().ofSeverity(Severity.ERROR)).extracting(Problem::toString)
                .containsExactly("error: missing title [e.csv:4, Namn på insatsen]");
    }
}
