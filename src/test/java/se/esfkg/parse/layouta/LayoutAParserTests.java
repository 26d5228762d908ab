package se.esfkg.parse.layouta;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.esfkg.parse.Layout;
import se.esfkg.parse.ListItem;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.Section;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.source.SourceDocument;
import se.esfkg.source.SourceReader;

/** Golden tests: every field of every seed, as read from the pages in seeds/. */
class LayoutAParserTests {

    private final LayoutAParser parser = new LayoutAParser();

    static ProjectRecord read(String seed, CollectingProblemReporter problems) {
        SourceDocument doc = SourceReader.read(Path.of("seeds", seed));
        List<ProjectRecord> out = new ArrayList<>();
        new LayoutAParser().parse(doc, out::add, problems);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private static ProjectRecord read(String seed) {
        CollectingProblemReporter problems = new CollectingProblemReporter();
        ProjectRecord r = read(seed, problems);
        assertThat(problems.problems()).as("problems reading " + seed).isEmpty();
        return r;
    }

    private static List<String> texts(List<ListItem> items) {
        return items.stream().map(ListItem::text).toList();
    }

    private static List<String> headings(ProjectRecord r) {
        return r.sections().stream().map(Section::heading).toList();
    }

    @Test
    void acceptsEverySeedByContent() {
        for (String seed : List.of("000_05dbab979be8d6ed.txt", "001_cadcfa4700230a5b.txt", "002_34e89ac2aefdf7c1.txt",
                "003_5644959ee2017856.txt", "004_ed19341546b216d7.txt")) {
            assertThat(parser.accepts(SourceReader.read(Path.of("seeds", seed)))).as(seed).isTrue();
        }
        assertThat(parser.accepts(SourceReader.decode("x.txt",
                "Programområde\n1.1 Kompetensförsörjning\n".getBytes()))).isFalse();
    }

    @Test
    void seed000ResursCentrum() {
        ProjectRecord r = read("000_05dbab979be8d6ed.txt");
        assertThat(r.layout()).isEqualTo(Layout.A);
        assertThat(r.title()).isEqualTo("ResursCentrum");
        assertThat(r.source().line()).isEqualTo(3);
        assertThat(r.programmeArea()).contains("Programområde 2 Ökat arbetskraftsutbud");
        assertThat(r.phase()).contains("Genomförande");
        assertThat(r.ownerName()).contains("Arbetsmarknadsenheten");
        assertThat(r.contact().name()).contains("Anna Ritzén");
        assertThat(r.contact().email()).contains("anna.ritzen@lycksele.se");
        assertThat(r.contact().emailDomain()).contains("lycksele.se");
        assertThat(r.contact().phone()).contains("095016758");
        assertThat(r.esfGrant()).contains(new BigDecimal("2774340"));
        assertThat(r.totalBudget()).contains(new BigDecimal("2774340"));
        assertThat(r.startDate()).contains(LocalDate.of(2014, 1, 2));
        assertThat(r.endDate()).contains(LocalDate.of(2014, 12, 31));
        assertThat(r.region()).contains("Övre Norrland");
        assertThat(r.caseNumber()).isEmpty();
        assertThat(headings(r)).containsExactly("Sammanfattning", "Bakgrund", "Målsättning",
                "Tillgänglighet för personer med funktionsnedsättning");
        assertThat(r.sections()).extracting(Section::kind).containsExactly(SectionKind.SUMMARY,
                SectionKind.BACKGROUND, SectionKind.OBJECTIVES, SectionKind.ACCESSIBILITY);
        assertThat(r.section(SectionKind.SUMMARY).orElseThrow().text())
                .startsWith("Lycksele kommun har två huvudmål med den fördjupade implementeringen.")
                .endsWith("in i socialförvaltningens handläggning av försörjningsstöd");
        assertThat(r.section(SectionKind.BACKGROUND).orElseThrow().location().line()).isEqualTo(21);
        assertThat(r.section(SectionKind.OBJECTIVES).orElseThrow().text())
                .contains("4. Bidra till att underlätta en återgång till arbete för personer som är eller har varit "
                        + "långtidssjukskrivna");
        assertThat(r.sections()).noneMatch(Section::truncated);
        assertThat(r.sections()).allMatch(s -> s.language().equals("sv"));
        assertThat(texts(r.coFinancers())).isEmpty();
        assertThat(texts(r.partners())).containsExactly("Arbetsförmedlingen Lycksele", "Arbetsmarknadsenheten",
                "Lycksele lokalkontor", "Psykiatriska kliniken");
        assertThat(r.partners().get(0).location().line()).isEqualTo(66);
        assertThat(texts(r.municipalities())).containsExactly("Lycksele");
    }

    @Test
    void seed001TeamWorkBehindAWebinarBanner() {
        ProjectRecord r = read("001_cadcfa4700230a5b.txt");
        assertThat(r.title()).isEqualTo("Team work");
        assertThat(r.source().line()).isEqualTo(9);
        assertThat(r.programmeArea()).contains("Programområde 2 Ökat arbetskraftsutbud");
        assertThat(r.phase()).contains("Genomförande");
        assertThat(r.ownerName()).contains("Kommunledningsförvaltningen");
        assertThat(r.contact().name()).contains("Marcus Cato");
        assertThat(r.contact().email()).contains("marcus.cato@solvesborg.se");
        assertThat(r.contact().phone()).contains("0456-816136");
        assertThat(r.esfGrant()).contains(new BigDecimal("3805362"));
        assertThat(r.totalBudget()).contains(new BigDecimal("10286532"));
        assertThat(r.startDate()).contains(LocalDate.of(2012, 1, 1));
        assertThat(r.endDate()).contains(LocalDate.of(2014, 6, 30));
        assertThat(r.region()).contains("Sydsverige");
        assertThat(headings(r)).containsExactly("Sammanfattning", "Bakgrund", "Målsättning",
                "Tillgänglighet för personer med funktionsnedsättning", "Transnationellt samarbete");
        String background = r.section(SectionKind.BACKGROUND).orElseThrow().text();
        assertThat(background).contains("År Utbetalt ekonomiskt bistånd i kronor\n2007 7 400 000\n2008 8 327 000");
        assertThat(r.section(SectionKind.ACCESSIBILITY).orElseThrow().text())
                .startsWith("Tillgänglighet\nUtgångspunkten är att alla")
                .contains("\nFysisk tillgänglighet\n", "\nKommunikativ verksamhet\n", "\nInformativ verksamhet\n");
        assertThat(r.section(SectionKind.TRANSNATIONAL).orElseThrow().text())
                .startsWith("Kontakt är upprättad med Kaksineuvoinen Workshop-project")
                .endsWith("Samarbetet kommer att ske både via besök och online-möten.");
        assertThat(texts(r.coFinancers())).isEmpty();
        assertThat(texts(r.partners())).containsExactly("Arbetsförmedlingen Karlshamn");
        assertThat(texts(r.municipalities())).containsExactly("Sölvesborg");
        assertThat(r.municipalities().get(0).location().line()).isEqualTo(102);
    }

    @Test
    void seed002VaraLyftetKeepsUpperCaseSubHeadingsInsideTheirSection() {
        ProjectRecord r = read("002_34e89ac2aefdf7c1.txt");
        assertThat(r.title()).isEqualTo("VaraLyftet");
        assertThat(r.ownerName()).contains("Arbetsmarknadsenheten");
        assertThat(r.contact().name()).contains("Maria Lindkvist");
        assertThat(r.contact().email()).contains("maria.lindkvist@vara.se");
        assertThat(r.contact().phone()).contains("0512-31979");
        assertThat(r.esfGrant()).contains(new BigDecimal("3677579"));
        assertThat(r.totalBudget()).contains(new BigDecimal("9193953"));
        assertThat(r.startDate()).contains(LocalDate.of(2010, 4, 1));
        assertThat(r.endDate()).contains(LocalDate.of(2013, 3, 31));
        assertThat(r.region()).contains("Västsverige");
        assertThat(headings(r)).containsExactly("Sammanfattning", "Bakgrund", "Syfte", "Målsättning",
                "Tillgänglighet för personer med funktionsnedsättning", "Jämställdhetsintegrering",
                "Transnationellt samarbete");
        assertThat(r.section(SectionKind.BACKGROUND).orElseThrow().text())
                .contains("\nFRÅN SLUTENHET TILL ÖPPENHET\n", "\nEN VÄG IN\n",
                        "\nTVÄRPROFFESSIONELLT TEAM FÖR ATT MÖTA MÅNGFALD\n", "\nUTBUD\n");
        assertThat(r.section(SectionKind.PURPOSE).orElseThrow().text())
                .startsWith("SYFTE\nProjektets huvudsakliga syfte är att förstärka")
                .contains("ANDRA SYFTEN ÄR:");
        assertThat(r.section(SectionKind.OBJECTIVES).orElseThrow().text())
                .contains("FÖRVÄNTADE MÄTBARA RESULTAT", "6. Att vi har en jämn könsfördelning");
        assertThat(texts(r.coFinancers())).containsExactly("Arbetsmarknadsenheten");
        assertThat(texts(r.partners())).containsExactly("Arbetsförmedlingarna Skaraborg", "Ung Företagsamhet Skaraborg");
        assertThat(texts(r.municipalities())).containsExactly("Vara");
    }

    @Test
    void seed003SamverkanUtanGranser() {
        ProjectRecord r = read("003_5644959ee2017856.txt");
        assertThat(r.title()).isEqualTo("Samverkan utan gränser");
        assertThat(r.phase()).contains("Genomförande");
        assertThat(r.ownerName()).contains("Arbetsmarknadsenheten");
        assertThat(r.contact().name()).contains("Margaretha Håkansson");
        assertThat(r.contact().email()).contains("margaretha.hakansson@hassleholm.se");
        assertThat(r.contact().phone()).contains("0451-267064");
        assertThat(r.esfGrant()).contains(new BigDecimal("10638862"));
        assertThat(r.totalBudget()).contains(new BigDecimal("25397159"));
        assertThat(r.startDate()).contains(LocalDate.of(2012, 2, 1));
        assertThat(r.endDate()).contains(LocalDate.of(2014, 12, 31));
        assertThat(r.region()).contains("Sydsverige");
        assertThat(headings(r)).containsExactly("Sammanfattning", "Bakgrund", "Målsättning",
                "Tillgänglighet för personer med funktionsnedsättning", "Transnationellt samarbete");
        assertThat(r.section(SectionKind.TRANSNATIONAL).orElseThrow().text())
                .contains("- Holland är ett intressant land", "- Även Danmark", "- Italien är ett intressant land");
        assertThat(texts(r.coFinancers())).containsExactly("Arbete och välfärdsförvaltningen",
                "Arbetsmarknad- och Kompetensutv/Socialförvaltningen");
        assertThat(texts(r.partners())).containsExactly("Arbete och välfärdsförvaltningen",
                "Arbetsförmedlingen Hässleholm", "Arbetsmarknad- och Kompetensutv/Socialförvaltningen",
                "Arbetsmarknadsenheten");
        assertThat(texts(r.municipalities())).containsExactly("Hässleholm", "Kristianstad");
    }

    @Test
    void seed004VisioncenterIsAPreStudyWithATruncatedBackground() {
        ProjectRecord r = read("004_ed19341546b216d7.txt");
        assertThat(r.title()).isEqualTo("Visioncenter");
        assertThat(r.source().line()).isEqualTo(9);
        assertThat(r.phase()).contains("Förprojektering");
        assertThat(r.ownerName()).contains("Omsorgs- och socialförvaltningen");
        assertThat(r.contact().name()).contains("Johanna Forsell");
        assertThat(r.contact().email()).contains("johanna.forssell@mjolby.se");
        assertThat(r.contact().phone()).contains("0142-854 81");
        assertThat(r.esfGrant()).contains(new BigDecimal("221114"));
        assertThat(r.totalBudget()).contains(new BigDecimal("294820"));
        assertThat(r.startDate()).contains(LocalDate.of(2008, 9, 1));
        assertThat(r.endDate()).contains(LocalDate.of(2009, 2, 28));
        assertThat(r.region()).contains("Östra Mellansverige");
        assertThat(headings(r)).containsExactly("Sammanfattning", "Bakgrund", "Syfte", "Målsättning",
                "Tillgänglighet för personer med funktionsnedsättning", "Jämställdhetsintegrering",
                "Transnationellt samarbete");
        Section background = r.section(SectionKind.BACKGROUND).orElseThrow();
        assertThat(background.truncated()).isTrue();
        assertThat(background.text()).doesNotContain("All text fick ej plats")
                .endsWith("som erbjuder individuellt anpassade lösningar för programomr. målgr.");
        assertThat(r.sections()).filteredOn(Section::truncated).containsExactly(background);
        assertThat(r.section(SectionKind.TRANSNATIONAL).orElseThrow().text()).isEqualTo("Inte aktuellt i detta projekt.");
        assertThat(texts(r.coFinancers())).isEmpty();
        assertThat(texts(r.partners())).containsExactly("Individ och Familjeomsorg", "Individ och Familjeomsorgen");
        assertThat(texts(r.municipalities())).containsExactly("Mjölby");
    }

    @Test
    void furnitureNeverBecomesData() {
        for (String seed : List.of("001_cadcfa4700230a5b.txt", "004_ed19341546b216d7.txt")) {
            ProjectRecord r = read(seed);
            String all = r.title() + r.sections().stream().map(Section::text).reduce("", String::concat);
            assertThat(all).doesNotContain("Logotyp på utskrifter", "Webbinarium", "Mer information och anmälan",
                    "In English");
        }
    }
}
