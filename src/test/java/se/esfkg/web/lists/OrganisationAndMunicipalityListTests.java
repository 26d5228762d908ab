package se.esfkg.web.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    final OrganisationList organisations = new OrganisationList(new SiteIris(SeedData.BASE));

    @Test
    void organisationsNameTheirParentWhenTheirOwnNameDoesNot() {
        KeysetPage<OrganisationItem> page = organisations.find(dataset, OrganisationList.Criteria.from(Map.of()), "sv");
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
        OrganisationList list = organisations;
        KeysetPage<OrganisationItem> units = list.find(dataset, OrganisationList.Criteria.from(Map.of("kind", "agency-unit")), "en");
        assertThat(units.items()).extracting(OrganisationItem::kindKey).containsOnly("agency-unit");
        assertThat(units.items()).extracting(OrganisationItem::label).contains("Arbetsförmedlingen Lycksele");
        assertThat(list.kinds(dataset, "en")).extracting(Kind::key).contains("agency-unit", "municipal-unit", "national-agency");
    }

    @Test
    void organisationsComeInNameOrderWithTheirKindsCounted() {
        // The seeds' 17 organisations (the home page's figure), by name in lower case.
        KeysetPage<OrganisationItem> page = organisations.find(dataset, OrganisationList.Criteria.from(Map.of()), "sv");
        assertThat(page.total()).isEqualTo(17);
        assertThat(page.items()).hasSize(17);
        assertThat(page.hasNext()).isFalse();
        List<String> keys = page.items().stream().map(o -> o.label().toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(keys.get(0)).startsWith("arbete och välfärdsförvaltningen");
        assertThat(page.items().get(16).label()).startsWith("Ung Företagsamhet Skaraborg");
        // Five agency units: four Arbetsförmedlingen offices (Hässleholm, Karlshamn, Lycksele, Skaraborg)
        // and Ung Företagsamhet Skaraborg.
        assertThat(organisations.kinds(dataset, "en")).filteredOn(k -> k.key().equals("agency-unit"))
                .extracting(Kind::organisations).containsExactly(5L);
        KeysetPage<OrganisationItem> units = organisations.find(dataset,
                OrganisationList.Criteria.from(Map.of("kind", "agency-unit")), "en");
        assertThat(units.total()).isEqualTo(5);
        assertThat(units.items()).extracting(OrganisationItem::label).containsExactly("Arbetsförmedlingarna Skaraborg, Arbetsförmedlingen",
                "Arbetsförmedlingen Hässleholm", "Arbetsförmedlingen Karlshamn", "Arbetsförmedlingen Lycksele",
                "Ung Företagsamhet Skaraborg");
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
