package se.esfkg.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import se.esfkg.parse.Layout;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.Section;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.SourceLocation;
import se.esfkg.resolve.County;
import se.esfkg.resolve.Municipality;
import se.esfkg.resolve.MunicipalityMention;
import se.esfkg.resolve.ResolvedProject;
import se.esfkg.testing.Knowledge;

/** The rules one at a time, on small hand-made records. */
class CooperationClassifierTests {

    private static final CooperationClassifier CLASSIFIER = new CooperationClassifier(ConceptData.from(Knowledge.SHIPPED));
    private static final SourceLocation PAGE = new SourceLocation("p.txt", 3, "title");
    private static final County SKANE = new County("12", "Skåne län", "SE224", "SE22");

    private static Section section(SectionKind kind, String text, int line) {
        return new Section(kind.swedishHeading(), kind, text, "sv", false,
                new SourceLocation("p.txt", line, kind.swedishHeading()));
    }

    private static ResolvedProject project(Section... sections) {
        ProjectRecord.Builder b = ProjectRecord.builder(PAGE, "0".repeat(64), Layout.A).title("Test");
        for (Section s : sections) {
            b.addSection(s);
        }
        return SeedFixtures.resolved(b.build(), List.of());
    }

    private static List<String> ids(List<Classification> cs) {
        return cs.stream().map(c -> c.conceptIri().replaceAll(".*/", "")).toList();
    }

    @Test
    void notApplicablePhrasingsAreData() {
        for (String text : List.of("Inte aktuellt i detta projekt.", "Ej aktuellt.", "Ej tillämpligt",
                "Projektet har inget transnationellt samarbete.", "Nej.")) {
            ClassificationResult r = CLASSIFIER.classify(project(
                    section(SectionKind.SUMMARY, "Ett transnationellt utbyte med Finland vore bra.", 5),
                    section(SectionKind.TRANSNATIONAL, text, 9)));
            assertThat(r.noTransnationalCooperation()).as(text).isPresent();
            assertThat(ids(r.cooperationModels())).as(text).doesNotContain("transnational-exchange");
            assertThat(r.partnerCountries()).as(text).isEmpty();
        }
    }

    @Test
    void aPlanThatNamesACountryIsNotARefusal() {
        ClassificationResult r = CLASSIFIER.classify(project(section(SectionKind.TRANSNATIONAL,
                "Inte aktuellt under förstudien. Vi planerar ett utbyte med en dansk kommun.", 9)));
        assertThat(r.noTransnationalCooperation()).isEmpty();
        assertThat(ids(r.cooperationModels())).contains("transnational-exchange");
        assertThat(r.partnerCountries()).extracting(PartnerCountry::euCountryCode).containsExactly("DNK");
    }

    @Test
    void countriesOutsideTheTransnationalSectionNeedATransnationalSentence() {
        ClassificationResult r = CLASSIFIER.classify(project(
                section(SectionKind.BACKGROUND, "Arbetslösheten är lägre i Norge. Vi har ett transnationellt "
                        + "utbyte med Estland och Lettland.", 5)));
        assertThat(r.partnerCountries()).extracting(PartnerCountry::euCountryCode).containsExactly("EST", "LVA");
        assertThat(r.partnerCountries().get(0).evidence().quote())
                .isEqualTo("Vi har ett transnationellt utbyte med Estland och Lettland.");
        assertThat(ids(r.cooperationModels())).containsExactly("transnational-exchange");
    }

    @Test
    void anEmptyTransnationalSectionAssignsNothing() {
        ClassificationResult r = CLASSIFIER.classify(project(section(SectionKind.TRANSNATIONAL, "", 9)));
        assertThat(r.cooperationModels()).isEmpty();
        assertThat(r.noTransnationalCooperation()).isEmpty();
    }

    @Test
    void accessibilityBoilerplateDoesNotMakeATargetGroup() {
        ClassificationResult boilerplate = CLASSIFIER.classify(project(section(SectionKind.ACCESSIBILITY,
                "Lokalerna är anpassade för personer med funktionsnedsättning.", 20)));
        assertThat(boilerplate.targetGroups()).isEmpty();

        ClassificationResult said = CLASSIFIER.classify(project(section(SectionKind.ACCESSIBILITY,
                "Lokalerna är anpassade. Projektet riktar sig till unga med funktionsnedsättning.", 20)));
        // "unga med" names young people as a group (bare "unga" is an adjective too often).
        assertThat(ids(said.targetGroups())).containsExactly("people-with-disabilities", "young-people");
        assertThat(said.targetGroups().get(0).evidence()).singleElement().extracting(Evidence::rule)
                .isEqualTo("phrase:funktionsnedsättning* cue:riktar sig");

        ClassificationResult elsewhere = CLASSIFIER.classify(project(section(SectionKind.BACKGROUND,
                "Lokalerna är anpassade för personer med funktionsnedsättning.", 7)));
        assertThat(ids(elsewhere.targetGroups())).containsExactly("people-with-disabilities");
    }

    @Test
    void transnationalSentenceNamingACountryDescribesThatCountry() {
        ClassificationResult r = CLASSIFIER.classify(project(section(SectionKind.TRANSNATIONAL,
                "Holland arbetar enligt en väg in. Vi vill lära oss om samlokalisering.", 9)));
        assertThat(r.cooperationModels()).filteredOn(c -> c.conceptIri().endsWith("/one-way-in"))
                .singleElement().satisfies(c -> assertThat(c.evidence()).extracting(Evidence::matchedPhrase)
                        .containsExactly("samlokalisering"));
    }

    @Test
    void twoMentionedMunicipalitiesMakeAProjectInterMunicipal() {
        Municipality hassleholm = SeedFixtures.municipality("1293", "Hässleholm", SKANE);
        Municipality kristianstad = SeedFixtures.municipality("1290", "Kristianstad", SKANE);
        Section summary = section(SectionKind.SUMMARY, "Projektet drivs i Hässleholm och Kristianstad.", 5);
        ProjectRecord record = ProjectRecord.builder(PAGE, "0".repeat(64), Layout.B).title("Test").addSection(summary).build();
        ResolvedProject p = new ResolvedProject(record, Optional.empty(), List.of(), List.of(), List.of(),
                List.of(new MunicipalityMention(hassleholm, "Hässleholm", summary.text(), summary.location()),
                        new MunicipalityMention(kristianstad, "Kristianstad", summary.text(), summary.location())),
                Optional.empty());
        ClassificationResult r = CLASSIFIER.classify(p);
        assertThat(r.cooperationModels()).singleElement().satisfies(c -> {
            assertThat(c.conceptIri()).endsWith("/inter-municipal");
            assertThat(c.evidence()).extracting(Evidence::section, Evidence::matchedPhrase, Evidence::rule)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(SectionKind.SUMMARY, "Hässleholm", "municipalities>=2"),
                            org.assertj.core.groups.Tuple.tuple(SectionKind.SUMMARY, "Kristianstad", "municipalities>=2"));
        });

        ResolvedProject one = new ResolvedProject(record, Optional.empty(), List.of(), List.of(),
                List.of(hassleholm), List.of(new MunicipalityMention(hassleholm, "Hässleholm", summary.text(),
                        summary.location())), Optional.empty());
        assertThat(CLASSIFIER.classify(one).cooperationModels()).isEmpty();
    }

    @Test
    void englishSectionsAreNotReadWithSwedishPhrases() {
        Section en = new Section("Summary", SectionKind.SUMMARY, "A cross-professional team, en väg in.", "en",
                false, new SourceLocation("p.txt", 4, "Summary"));
        assertThat(CLASSIFIER.classify(project(en)).cooperationModels()).isEmpty();
    }

    @Test
    void phrasesComeFromTheConceptDataNotFromCode() {
        String ttl = """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/esf-kg/def/cooperation-model/mentoring> a skos:Concept ;
                    skos:inScheme <https://w3id.org/esf-kg/def/cooperation-model> ;
                    skos:hiddenLabel "mentor*"@sv , "mentoring"@en .
                """;
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(m);
        CooperationClassifier custom = new CooperationClassifier(ConceptData.from(m));
        ClassificationResult r = custom.classify(project(section(SectionKind.SUMMARY,
                "Deltagarna får en mentor. En väg in.", 5)));
        assertThat(ids(r.cooperationModels())).containsExactly("mentoring");
        assertThat(r.cooperationModels().get(0).evidence().get(0).rule()).isEqualTo("phrase:mentor*");
    }

    @Test
    void oneInstanceIsSafeAcrossThreadsAndDeterministic() {
        ResolvedProject p = SeedFixtures.resolved(SeedFixtures.SEED_002);
        ClassificationResult expected = CLASSIFIER.classify(p);
        List<ClassificationResult> results = IntStream.range(0, 32).parallel()
                .mapToObj(i -> CLASSIFIER.classify(p)).toList();
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
        assertThat(CLASSIFIER.classify(p)).isEqualTo(expected);
    }
}
