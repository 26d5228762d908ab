package se.esfkg.resolve.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.esfkg.resolve.MunicipalityResolver;
import se.esfkg.resolve.ReferenceData;
import se.esfkg.testing.Knowledge;

/** Each rule decides on its own from the knowledge it is given; the resolver's list decides which rule speaks first. */
class OrganisationRulesTests {

    static final MunicipalityResolver MUNICIPALITIES =
            new MunicipalityResolver(ReferenceData.from(Knowledge.SHIPPED), Knowledge.SHIPPED);
    static final OrganisationKnowledge KNOWLEDGE = OrganisationKnowledge.of(Knowledge.SHIPPED, MUNICIPALITIES);

    private static Optional<String> idOf(Optional<Resolution> r) {
        return r.map(x -> x.organisation().id());
    }

    @Test
    void aRuleDecidesAloneOrNotAtAll() {
        RegionName region = new RegionName(KNOWLEDGE);
        assertThat(idOf(region.decide(NameOnPage.alone("Landstinget i Värmland")))).contains("organisation/region-varmland");
        assertThat(idOf(region.decide(NameOnPage.alone("Västerbottens läns landsting")))).contains("organisation/region-vasterbotten");
        assertThat(region.decide(NameOnPage.alone("Arbetsförmedlingen Lycksele"))).isEmpty();

        AgencyLocalOffice office = new AgencyLocalOffice(KNOWLEDGE, new Units(KNOWLEDGE));
        Resolution lycksele = office.decide(NameOnPage.alone("Arbetsförmedlingen Lycksele")).orElseThrow();
        assertThat(lycksele.organisation().id()).isEqualTo("organisation/arbetsformedlingen/lycksele");
        assertThat(lycksele.parents()).extracting(o -> o.id()).containsExactly("organisation/arbetsformedlingen");
        assertThat(lycksele.rule()).isEqualTo("agency-local-office");
    }

    @Test
    void theOrderOfTheListDecidesBetweenRulesThatBothAnswer() {
        // "Region Gotland" reads as a region, but organisations.csv says the municipality of Gotland
        // does the region's work; the alias rule stands before the region rule in the list.
        assertThat(idOf(new RegionName(KNOWLEDGE).decide(NameOnPage.alone("Region Gotland"))))
                .contains("organisation/region-gotland");
        Resolution r = OrganisationResolver.of(Knowledge.SHIPPED, MUNICIPALITIES)
                .resolve("Region Gotland", Optional.empty(), "source-page");
        assertThat(r.organisation().id()).isEqualTo("municipality/0980");
        assertThat(r.rule()).isEqualTo("alias-file");
    }

    @Test
    void theLastRuleAnswersEveryNameWithinItsPage() {
        NameOnPage name = new NameOnPage("Psykiatriska kliniken", "psykiatriska kliniken", Optional.empty(),
                PageEvidence.NONE, "source-page-7");
        Resolution r = new UnresolvedOwnOrganisation().decide(name).orElseThrow();
        assertThat(r.organisation().id()).isEqualTo("organisation/source-page-7/psykiatriska-kliniken");
        assertThat(r.unresolved()).isTrue();
    }
}
