package se.esfkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.esfkg.testing.Knowledge;

class ReferenceDataTests {

    private final ReferenceData data = ReferenceData.from(Knowledge.SHIPPED);

    @Test
    void tablesAreCompleteAndCodesKeepLeadingZeros() {
        assertThat(data.municipalities()).hasSize(290);
        assertThat(data.counties()).hasSize(21);
        assertThat(data.regions()).hasSize(8);
        Municipality stockholm = data.municipality("0180").orElseThrow();
        assertThat(stockholm.name()).isEqualTo("Stockholm");
        assertThat(stockholm.county().code()).isEqualTo("01");
        assertThat(stockholm.nuts2()).isEqualTo("SE11");
        assertThat(stockholm.wikidata()).contains("Q506250");
        assertThat(data.municipality("2481").orElseThrow().wikidata()).isEmpty();
        assertThat(data.municipality("180")).isEmpty();
    }

    @Test
    void everyMunicipalityCodeStartsWithItsCountyCode() {
        assertThat(data.municipalities()).allSatisfy(m -> assertThat(m.code()).startsWith(m.county().code()));
    }

    @Test
    void nationalScopeHasNoNutsCode() {
        EsfRegion national = data.region("national").orElseThrow();
        assertThat(national.isNational()).isTrue();
        assertThat(data.region("SE33").orElseThrow().nameSv()).isEqualTo("Övre Norrland");
        assertThat(data.county("24").orElseThrow().nuts3()).isEqualTo("SE331");
    }
}
