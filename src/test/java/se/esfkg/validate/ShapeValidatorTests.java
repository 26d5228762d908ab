package se.esfkg.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esfkg.validate.ValidationIssue.Severity.VIOLATION;
import static se.esfkg.validate.ValidationIssue.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.esfkg.testing.Knowledge;
import se.esfkg.validate.ValidationIssue.Severity;

/**
 * Each shape has a passing ({@code shapes/<name>-good.ttl}) and a failing example
 * ({@code shapes/<name>-bad.ttl}); both are validated on top of base.ttl and reference.ttl with the
 * ontology and concept schemes. A failing example must give exactly the issues listed here.
 */
class ShapeValidatorTests {

    /** One expected issue: focus (under the test base, or a full IRI), severity, path, a part of the message. */
    record Expect(String focus, Severity severity, String path, String message) {
    }

    static Expect v(String focus, String path, String message) {
        return new Expect(focus, VIOLATION, path, message);
    }

    static Expect w(String focus, String path, String message) {
        return new Expect(focus, WARNING, path, message);
    }

    static final String P = "project/resurscentrum-2014";

    static Stream<Arguments> badExamples() {
        return Stream.of(
                Arguments.of("source-record", List.of(
                        v("source/bad", "dcterms:identifier", "exactly one file name"),
                        v("source/bad", "esf:sha256", "64 lower-case hexadecimal digits"),
                        v("source/bad", "esf:layout", "one of \"A\", \"B\", \"C\", \"D\""),
                        v("source/bad", "esf:sourceLine", "from 1"),
                        v("source/bad", "prov:wasGeneratedBy", "the conversion"))),
                Arguments.of("project", List.of(
                        v("project/bad", null, "Contact data (e-mail, telephone) may only appear on a schema:ContactPoint"),
                        v("project/bad", "dcterms:identifier", "is its case number"),
                        v("project/bad", "dcterms:title", "exactly one Swedish title"),
                        v("project/bad", "esf:currency", "no esf:currency \"SEK\""),
                        v("project/bad", "esf:euCofinancingRate", "percentage from 0 to 100"),
                        v("project/bad", "esf:partner", "no esf:hasRole role with that esf:roleType"),
                        v("project/bad", "esf:phase", "scheme esfdef:phase"),
                        v("project/bad", "esf:plannedParticipants", "0 or more"),
                        v("project/bad", "esf:region", "must be an esf:EsfRegion"),
                        v("project/bad", "dcterms:source", "to its esf:SourceRecord"),
                        v("project/bad", "schema:startDate", "starts after it ends"),
                        w("project/bad", "esf:esfGrant", "ESF grant is larger than the total budget"),
                        w("project/bad", "esf:owner", "has no owner"))),
                Arguments.of("text-section", List.of(
                        v("project/other/section/other", "^esf:hasSection", "belongs to exactly one project"),
                        v(P, "esf:hasSection", "Two sections of the project share position 0"),
                        v(P + "/section/background", "esf:order", "an xsd:integer from 1"),
                        v(P + "/section/summary", "esf:order", "an xsd:integer from 1"),
                        v(P + "/section/summary", "esf:sectionType", "scheme esfdef:section-type"),
                        v(P + "/section/summary", "esf:truncated", "only as true"),
                        v(P + "/section/summary", "prov:wasDerivedFrom", "to its esf:SourceRecord"),
                        v(P + "/section/summary", "rdf:value", "tagged @sv or @en"))),
                Arguments.of("project-role", List.of(
                        v(P, "esf:partner", "lacks the matching shortcut triple"),
                        v(P + "/role/partner/municipality-2481", "esf:nameAsWritten", "name as written"),
                        v(P + "/role/partner/municipality-2481", "dcterms:source", "to its esf:SourceRecord"),
                        v(P + "/role/stray", "^esf:hasRole", "belongs to exactly one project"),
                        v(P + "/role/stray", "esf:roleType", "owner, partner or co-financer"),
                        v(P + "/role/stray", "prov:agent", "exactly one prov:agent"))),
                Arguments.of("organisation", List.of(
                        v("organisation/nameless", "esf:organisationNumber", "NNNNNN-NNNN"),
                        v("organisation/nameless", "esf:organisationType", "not a unit type"),
                        v("organisation/nameless", "skos:prefLabel", "An organisation needs a skos:prefLabel"),
                        v("organisation/nameless/unit", "esf:organisationType", "municipal-unit, agency-unit or region-unit"),
                        v("organisation/nameless/unit", "org:unitOf", "exactly one org:unitOf"))),
                Arguments.of("municipality", List.of(
                        v("municipality/2099", "esf:municipalityCode", "does not start with the code of its county (24)"),
                        v("municipality/2099", "esf:nuts2Region", "differs from its county's"),
                        v("municipality/2099", "owl:sameAs", "Wikidata item"),
                        v("municipality/999", "esf:county", "exactly one esf:county"),
                        v("municipality/999", "esf:municipalityCode", "four digits"),
                        v("municipality/999", "esf:nuts2Region", "exactly one esf:nuts2Region"))),
                Arguments.of("county", List.of(
                        v("county/5", "esf:countyCode", "two digits"),
                        v("county/5", "esf:nuts3Code", "NUTS-3 code SE123 does not lie in the county's NUTS-2 region SE33"),
                        v("county/5", "skos:prefLabel", "exactly one Swedish skos:prefLabel"))),
                Arguments.of("esf-region", List.of(
                        v("region/SE21", null, "skos:exactMatch to the same code"),
                        v("region/SE3", null, "skos:exactMatch to the same code"),
                        v("region/SE3", "skos:notation", "one NUTS-2 code"),
                        v("region/national-2", null, "the national scope has neither"))),
                Arguments.of("classification", List.of(
                        v(P, "esf:cooperationModel", "do not both exist"),
                        v(P, "esf:targetGroup", "do not both exist"),
                        v(P, "esf:targetGroup", "scheme esfdef:target-group"),
                        v(P + "/classification/empty", "esf:concept", "exactly one esf:concept"),
                        v(P + "/classification/empty", "esf:confidence", "exactly one esf:confidence"),
                        v(P + "/classification/empty", "esf:hasEvidence", "at least one esf:hasEvidence"),
                        v(P + "/classification/orphan", "^esf:hasClassification", "belongs to exactly one project"),
                        v(P + "/classification/orphan", "esf:confidence", "from 0 to 1"))),
                Arguments.of("evidence", List.of(
                        v(P, "esf:declaresNoTransnationalCooperation", "go together"),
                        v(P, "esf:partnerCountry", "has no evidence"),
                        w(P, "esf:partnerCountry", "yet partner country"),
                        v(P + "/partner-country/XX",
                                "^((esf:hasEvidence|esf:hasCountryEvidence)|esf:hasNoTransnationalEvidence)",
                                "Evidence must be used"),
                        v(P + "/partner-country/XX", "esf:country", "EU authority table"),
                        v(P + "/partner-country/XX", "esf:confidence", "exactly one esf:confidence"),
                        v(P + "/partner-country/XX", "esf:matchedPhrase", "exactly one esf:matchedPhrase"),
                        v(P + "/partner-country/XX", "esf:quote", "exactly one esf:quote"),
                        v(P + "/partner-country/XX", "esf:rule", "exactly one esf:rule"))),
                Arguments.of("mention", List.of(
                        v(P, "esf:hasMention", "has no esf:hasMention for it, or the reverse"),
                        v(P, "esf:mentionsMunicipality", "has no esf:hasMention for it, or the reverse"),
                        v(P + "/mention/24", "esf:matchedPhrase", "exactly one esf:matchedPhrase"),
                        v(P + "/mention/24", "esf:mentionedMunicipality", "an esf:Municipality"),
                        v(P + "/mention/24", "esf:quote", "exactly one esf:quote"))),
                Arguments.of("contact-point", List.of(
                        v("organisation/municipality-2481/arbetsmarknadsenheten", null, "Contact data"),
                        v(P + "/contact", "^schema:contactPoint", "must belong to a project"),
                        v(P + "/contact", "schema:email", "e-mail address"))),
                Arguments.of("concept", List.of(
                        v("https://w3id.org/esf-kg/def/phase/wrap-up", null, "both Swedish (@sv) and English (@en)"),
                        v("concept/call/2016-00412", "skos:prefLabel", "at most one per language"),
                        v("concept/programme-area/care", "skos:inScheme", "declared skos:ConceptScheme"),
                        v("concept/programme-area/care", "skos:prefLabel", "at least one skos:prefLabel"),
                        v(P, "esf:programmeArea", "scheme esfdef:programme-area"))));
    }

    static Stream<String> shapeNames() {
        return badExamples().map(a -> (String) a.get()[0]);
    }

    @ParameterizedTest(name = "{0}-good conforms")
    @MethodSource("shapeNames")
    void goodExampleHasNoIssues(String name) {
        List<ValidationIssue> issues = Examples.validate(name + "-good");
        assertThat(issues).as(ShapeValidator.report(issues)).isEmpty();
    }

    @ParameterizedTest(name = "{0}-bad gives the expected issues")
    @MethodSource("badExamples")
    void badExampleGivesExactlyTheExpectedIssues(String name, List<Expect> expected) {
        List<ValidationIssue> issues = Examples.validate(name + "-bad");
        String report = ShapeValidator.report(issues);
        List<ValidationIssue> unmatched = new ArrayList<>(issues);
        for (Expect e : expected) {
            String focus = e.focus().startsWith("https://") ? e.focus() : Examples.BASE + e.focus();
            ValidationIssue hit = unmatched.stream()
                    .filter(i -> i.focusNode().getURI().equals(focus)
                            && i.severity() == e.severity()
                            && java.util.Objects.equals(i.path(), e.path())
                            && i.message().contains(e.message()))
                    .findFirst()
                    .orElse(null);
            assertThat(hit).as("expected %s in%n%s", e, report).isNotNull();
            unmatched.remove(hit);
        }
        assertThat(unmatched).as("unexpected issues in%n%s", report).isEmpty();
    }

    @ParameterizedTest(name = "{0}-bad: a page is checked for every violation but the consistency checks")
    @MethodSource("shapeNames")
    void thePageProfileFindsEveryViolationButTheSparqlConsistencyChecks(String name) {
        Graph page = ShapeValidator.withVocabulary(Knowledge.SHIPPED, Examples.page(name + "-bad"));
        List<ValidationIssue> expected = Examples.SHAPES.validate(page).stream()
                .filter(ValidationIssue::isViolation)
                .filter(i -> !"SPARQLConstraintComponent".equals(i.component()))
                .toList();
        // One value failing two constraints with one message is reported once, by either constraint.
        assertThat(PAGE_PROFILE.validate(page)).extracting(ShapeValidatorTests::withoutComponent)
                .containsExactlyElementsOf(expected.stream().map(ShapeValidatorTests::withoutComponent).toList());
    }

    @ParameterizedTest(name = "{0}: the violations alone are the full validation's violations")
    @MethodSource("shapeNames")
    void theViolationsAloneAreTheFullValidationsViolations(String name) {
        for (String example : List.of(name + "-good", name + "-bad")) {
            Graph page = ShapeValidator.withVocabulary(Knowledge.SHIPPED, Examples.page(example));
            for (ShapeValidator validator : List.of(Examples.SHAPES, PAGE_PROFILE)) {
                assertThat(validator.violations(page)).extracting(ShapeValidatorTests::withoutComponent).as(example)
                        .containsExactlyElementsOf(validator.validate(page).stream().filter(ValidationIssue::isViolation)
                                .map(ShapeValidatorTests::withoutComponent).toList());
            }
        }
    }

    private static List<Object> withoutComponent(ValidationIssue i) {
        return java.util.Arrays.asList(i.severity(), i.focusNode(), i.path(), i.value(), i.message());
    }

    @Test
    void theConsistencyChecksStillRunInTheFullShapes() {
        List<ValidationIssue> sparql = Examples.validate("project-bad").stream()
                .filter(i -> "SPARQLConstraintComponent".equals(i.component()))
                .toList();
        assertThat(sparql).extracting(ValidationIssue::path).contains("esf:partner", "esf:currency");
        assertThat(PAGE_PROFILE.validate(ShapeValidator.withVocabulary(Knowledge.SHIPPED, Examples.page("project-bad"))))
                .noneMatch(i -> "SPARQLConstraintComponent".equals(i.component()) || !i.isViolation());
    }

    static final ShapeValidator PAGE_PROFILE = Examples.SHAPES.forPages();

    @Test
    void baseAndReferenceAloneConform() {
        Graph page = Examples.page("source-record-good");
        assertThat(Examples.SHAPES.validate(ShapeValidator.withVocabulary(Knowledge.SHIPPED, page))).isEmpty();
    }

    @Test
    void vocabularyAloneConforms() {
        List<ValidationIssue> issues = Examples.SHAPES.validate(Knowledge.SHIPPED.vocabulary());
        assertThat(issues).as(ShapeValidator.report(issues)).isEmpty();
    }

    @Test
    void reportHasOneLinePerIssueFocusNodeFirst() {
        List<ValidationIssue> issues = Examples.validate("source-record-bad");
        String[] lines = ShapeValidator.report(issues).split("\n");
        assertThat(lines).hasSize(issues.size());
        assertThat(lines).allMatch(l -> l.startsWith("<https://w3id.org/esf-kg/id/source/bad> [Violation] "));
        assertThat(lines).contains("<https://w3id.org/esf-kg/id/source/bad> [Violation] esf:layout = \"E\": "
                + "A source record needs exactly one esf:layout, one of \"A\", \"B\", \"C\", \"D\".");
        assertThat(ShapeValidator.report(List.of())).isEqualTo("conforms");
    }

    @Test
    void warningsDoNotBreakConformance() {
        Graph page = Examples.page("project-bad");
        ShapeValidator validator = Examples.SHAPES;
        assertThat(validator.conforms(ShapeValidator.withVocabulary(Knowledge.SHIPPED, page))).isFalse();
        assertThat(validator.conforms(ShapeValidator.withVocabulary(Knowledge.SHIPPED, Examples.page("project-good")))).isTrue();
    }

    @Test
    void theValidatorIsSharedSafelyBetweenThreads() throws Exception {
        ShapeValidator validator = Examples.SHAPES;
        List<ValidationIssue> expected = Examples.validate("project-bad");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ValidationIssue>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String name = i % 2 == 0 ? "project-bad" : "project-good";
                runs.add(pool.submit(() -> validator.validate(ShapeValidator.withVocabulary(Knowledge.SHIPPED, Examples.page(name)))));
            }
            for (int i = 0; i < runs.size(); i++) {
                List<ValidationIssue> got = runs.get(i).get();
                assertThat(got).isEqualTo(i % 2 == 0 ? expected : List.of());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ontology/shapes.ttl", "ontology/esf.ttl", "ontology/concepts.ttl"})
    void publishedFilesAreOnTheClasspath(String resource) {
        assertThat(getClass().getClassLoader().getResource(resource)).isNotNull();
    }
}
