package se.esfkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.esfkg.parse.Layout;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.problem.Problem;
import se.esfkg.problem.SourceLocation;

/** What a decision records, one IRI per organisation across pages, and Wikidata links from the reference data. */
class OwnerEvidenceTests {

    private final CollectingProblemReporter problems = new CollectingProblemReporter();

    private ProjectRecord.Builder page(String file, String owner) {
        return ProjectRecord.builder(new SourceLocation(file, 1, "title"), "0".repeat(64), Layout.C)
                .title("Ett projekt").ownerName(owner);
    }

    private OrgDecision owner(ProjectRecord.Builder b) {
        return Seeds.RESOLVER.resolve(b.build(), problems).decisions(Role.OWNER).get(0);
    }

    @Test
    void aDecisionRecordsTheDomainOrAreaCodeItUsedNeverTheAddressOrNumber() {
        OrgDecision byDomain = owner(page("a.txt", "Avdelningen för regional utveckling")
                .contactEmail("anna.andersson@regionhalland.se"));
        assertThat(byDomain.organisationId()).isEqualTo("organisation/region-halland/avdelningen-for-regional-utveckling");
        assertThat(byDomain.rule()).isEqualTo("unit-by-email-domain");
        assertThat(byDomain.evidence()).isEqualTo("e-mail domain regionhalland.se");

        OrgDecision byArea = owner(page("b.txt", "Länsstyrelsen").contactEmail("bo.berg@lansstyrelsen.se")
                .contactPhone("036-39 50 12"));
        assertThat(byArea.organisationId()).isEqualTo("organisation/lansstyrelsen-jonkoping");
        assertThat(byArea.rule()).isEqualTo("county-administrative-board-by-area-code");
        assertThat(byArea.evidence()).isEqualTo("area code 036").doesNotContain("50 12");
    }

    @Test
    void aCountyBoardThePageDoesNotPlaceStaysCountyUnknownWithAWarningNamingPageAndString() {
        OrgDecision d = owner(page("c.txt", "Länsstyrelsen, Enheten för integration").contactEmail("x@lansstyrelsen.se")
                .region("Övre Norrland"));
        assertThat(d.organisationId()).isEqualTo("organisation/source-c/lansstyrelsen");
        assertThat(d.rule()).isEqualTo("county-administrative-board-county-unknown");
        assertThat(problems.problems()).extracting(Problem::message)
                .anyMatch(m -> m.contains("c.txt") && m.contains("Länsstyrelsen, Enheten för integration")
                        && m.contains("county unknown"));
    }

    @Test
    void unitsOfOneAgencyOnThreePagesShareItsIriAndAUnitSpelledTwoWaysIsOneUnit() {
        ResolvedProject a = Seeds.RESOLVER.resolve(page("a.txt", "Enheten för analys, Socialstyrelsen").build(), problems);
        ResolvedProject b = Seeds.RESOLVER.resolve(page("b.txt", "Förstudie Alfa, Avdelningen för kunskapsstyrning")
                .contactEmail("c@socialstyrelsen.se").build(), problems);
        ResolvedProject c = Seeds.RESOLVER.resolve(page("c.txt", "Socialstyrelsen").build(), problems);
        for (ResolvedProject p : java.util.List.of(a, b, c)) {
            assertThat(p.organisations()).extracting(Organisation::id).contains("organisation/socialstyrelsen");
        }
        assertThat(owner(page("d.txt", "Näringslivsenheten").contactEmail("d@ostersund.se")).organisationId())
                .isEqualTo(owner(page("e.txt", "Näringslivsenhet").contactEmail("e@ostersund.se")).organisationId())
                .isEqualTo("organisation/municipality-2380/naringslivsenheten");
    }

    @Test
    void aRenamedAgencyKeepsOneIriAndOrganisationsLinkTheirWikidataItem() {
        // Items read from reference/public_bodies.csv.
        ResolvedProject p = Seeds.RESOLVER.resolve(page("a.txt", "Ungdomsstyrelsen").build(), problems);
        assertThat(p.organisations()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("organisation/myndigheten-for-ungdoms-och-civilsamhallesfragor");
            assertThat(o.wikidata()).contains("Q10709560");
        });
        assertThat(Seeds.RESOLVER.resolve(page("b.txt", "Migrationsverket, Enheten för mottagning").build(), problems)
                .organisation("organisation/migrationsverket").flatMap(Organisation::wikidata)).contains("Q4585222");
        assertThat(Seeds.RESOLVER.resolve(page("c.txt", "Region Skåne").build(), problems)
                .organisation("organisation/region-skane").flatMap(Organisation::wikidata)).contains("Q3232565");
        assertThat(Seeds.RESOLVER.resolve(page("d.txt", "Länsst. i Jönk. län").build(), problems)
                .organisation("organisation/lansstyrelsen-jonkoping").flatMap(Organisation::wikidata)).contains("Q28797492");
    }

    @Test
    void regionUppsalaIsNotUppsalaKommunAndARegionIsNotItsCountyBoard() {
        assertThat(owner(page("a.txt", "Region Uppsala")).organisationId()).isEqualTo("organisation/region-uppsala");
        assertThat(owner(page("b.txt", "Uppsala kommun")).organisationId()).isEqualTo("municipality/0380");
        assertThat(owner(page("c.txt", "Länsstyrelsen i Uppsala län")).organisationId())
                .isEqualTo("organisation/lansstyrelsen-uppsala");
    }
}
