package se.esfkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalityResolverTests {

    private final MunicipalityResolver resolver = Seeds.RESOLVER.municipalities();

    @ParameterizedTest
    @CsvSource({
        "Lycksele,2481", "LYCKSELE,2481", "lycksele kommun,2481", "Lycksele kommuns,2481",
        "Kristianstads kommun,1290", "Kristianstad,1290", "Hässleholms kommun,1293",
        "Borås,1490", "Borås stad,1490", "Vännäs,2460", "Vännäs kommun,2460", "Mönsterås,0861",
        "Mönsterås kommun,0861", "Upplands-Väsby,0114", "Upplands Väsby kommun,0114", "Upplands Bro,0139",
        "Malung,2023", "Malung-Sälen,2023", "Malung Sälens kommun,2023", "Falu kommun,2080",
        "Stockholms stad,0180", "Malmö stad,1280", "Göteborgs Stad,1480", "Bodens kommun,2582",
        "Vara,1470", "Dals Ed,1438", "Lilla Edets kommun,1462"})
    void namesAsPagesWriteThem(String name, String code) {
        assertThat(resolver.resolve(name)).map(Municipality::code).contains(code);
    }

    @ParameterizedTest
    @CsvSource({"Region Skåne", "Skåne", "Västerbottens län", "Arbetsmarknadsenheten", "Lycksele lokalkontor", "''"})
    void notMunicipalities(String name) {
        assertThat(resolver.resolve(name)).isEmpty();
    }

    @Test
    void noNameIsAnotherNameWithAGenitiveS() {
        Set<String> names = new HashSet<>();
        resolver.reference().municipalities().forEach(m -> names.add(m.name()));
        assertThat(names).noneMatch(n -> names.contains(n + "s"));
    }

    @ParameterizedTest
    @CsvSource({"lycksele.se,2481", "solvesborg.se,1083", "hassleholm.se,1293", "mjolby.se,0586", "vara.se,1470",
        "malung-salen.se,2023", "upplandsvasby.se,0114", "habo.se,0305", "habokommun.se,0643",
        "socialtjanst.lycksele.se,2481", "ornskoldsvik.se,2284"})
    void emailDomains(String domain, String code) {
        assertThat(resolver.byEmailDomain(domain)).map(Municipality::code).contains(code);
    }

    @ParameterizedTest
    @CsvSource({"arbetsformedlingen.se", "example.se", "se", "regionskane.se"})
    void domainsOfNoMunicipality(String domain) {
        assertThat(resolver.byEmailDomain(domain)).isEmpty();
    }

    @Test
    void formalNames() {
        assertThat(resolver.formalName(resolver.reference().municipality("2481").orElseThrow())).isEqualTo("Lycksele kommun");
        assertThat(resolver.formalName(resolver.reference().municipality("1290").orElseThrow())).isEqualTo("Kristianstads kommun");
        assertThat(resolver.formalName(resolver.reference().municipality("0180").orElseThrow())).isEqualTo("Stockholms stad");
        assertThat(resolver.formalName(resolver.reference().municipality("2460").orElseThrow())).isEqualTo("Vännäs kommun");
    }
}
