package se.esfkg.web.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

import se.esfkg.web.SeedData;
import se.esfkg.web.lists.MunicipalityList.MunicipalityItem;
import se.esfkg.web.lists.OrganisationList.Kind;
import se.esfkg.web.lists.OrganisationList.OrganisationItem;
import se.esfkg.web.site.Page;
import se.esfkg.web.site.SiteIris;

/** The organisation and municipality lists on a TDB2 database of the five seed pages. */
class OrganisationAndMunicipalityListTests {

    final DatasetGraph dataset = SeedData.database().dataset();

    @Test
    void organisationsNameTheirParentWhenTheirOwnNameDoesNot() {
        Page<OrganisationItem> page = new OrganisationList().find(dataset, OrganisationList.Criteria.from(Map.of()), "sv");
        assertThat(page.items()).extracting(OrganisationItem::label)
                .contains("Arbetsmarknadsenheten, Lycksele kommun", "Arbetsförmedlingen Lycksele", "Arbetsförmedlingen");
        // Arbetsförmedlingen itself holds no role; its offices in Lycksele, Karlshamn, Skaraborg and
        // Hässleholm are partners in four projects.
        OrganisationItem agency = page.items().stream().filter(o -> o.label().equals("Arbetsförmedlingen"))
                .findFirst().orElseThrow();
        assertThat(agency.projects()).isEqualTo(4);
        assertThat(agency.kind()).isEqualTo("Statlig myndighet");
    }

    @Test
    void theKindFilterKeepsOneKind() {
        OrganisationList list = new OrganisationList();
        Page<OrganisationItem> units = list.find(dataset, OrganisationList.Criteria.from(Map.of("kind", "agency-unit")), "en");
        assertThat(units.items()).extracting(OrganisationItem::kindKey).containsOnly("agency-unit");
        assertThat(units.items()).extracting(OrganisationItem::label).contains("Arbetsförmedlingen Lycksele");
        assertThat(list.kinds(dataset, "en")).extracting(Kind::key).contains("agency-unit", "municipal-unit", "national-agency");
    }

    @Test
    void allMunicipalitiesWithTheirCountyAndProjects() {
        MunicipalityList list = new MunicipalityList(new SiteIris(SeedData.BASE));
        Page<MunicipalityItem> all = list.find(dataset, MunicipalityList.Criteria.from(Map.of()));
        assertThat(all.total()).isEqualTo(290);
        Page<MunicipalityItem> skane = list.find(dataset, MunicipalityList.Criteria.from(Map.of("county", "12")));
        assertThat(skane.total()).isEqualTo(33);
        MunicipalityItem hassleholm = skane.items().stream().filter(m -> m.code().equals("1293")).findFirst().orElseThrow();
        assertThat(hassleholm.name()).isEqualTo("Hässleholms kommun");
        assertThat(hassleholm.county()).isEqualTo("Skåne län");
        assertThat(hassleholm.projects()).isEqualTo(1);
        assertThat(list.counties(dataset)).hasSize(21).first().extracting(MunicipalityList.County::key).isEqualTo("01");
    }
}
