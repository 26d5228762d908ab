package se.esfkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.problem.SourceLocation;

class RegionResolverTests {

    private final RegionResolver regions = Seeds.RESOLVER.regions();

    @ParameterizedTest
    @CsvSource({"Stockholm,SE11", "Östra Mellansverige,SE12", "Småland med öarna,SE21", "Småland och öarna,SE21",
        "Sydsverige,SE22", "Västsverige,SE23", "Norra Mellansverige,SE31", "Mellersta Norrland,SE32",
        "Övre Norrland,SE33", "övre norrland,SE33", "Upper Norrland,SE33"})
    void nutsRegions(String value, String code) {
        EsfRegion r = regions.resolve(value).orElseThrow();
        assertThat(r.id()).isEqualTo(code);
        assertThat(r.nutsCode()).contains(code);
    }

    @Test
    void nationalScope() {
        EsfRegion r = regions.resolve("ESF Nationellt").orElseThrow();
        assertThat(r.id()).isEqualTo("national");
        assertThat(r.nutsCode()).isEmpty();
    }

    @Test
    void unknownRegionWarnsWithLocation() {
        CollectingProblemReporter problems = new CollectingProblemReporter();
        assertThat(regions.resolve("Norrlandet", new SourceLocation("p.txt", 14, "Region"), problems)).isEmpty();
        assertThat(problems.problems()).singleElement()
                .hasToString("warning: unknown region \"Norrlandet\" [p.txt:14, Region]");
    }
}
