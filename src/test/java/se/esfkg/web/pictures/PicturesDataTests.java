package se.esfkg.web.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

import se.esfkg.web.SeedData;
import se.esfkg.web.pictures.AmountChart.Group;
import se.esfkg.web.pictures.AmountChart.Grouping;
import se.esfkg.web.pictures.ConceptTrend.Grid;
import se.esfkg.web.pictures.ConceptTrend.Scheme;
import se.esfkg.web.pictures.ConceptTrend.Series;
import se.esfkg.web.pictures.MunicipalityNetwork.Level;
import se.esfkg.web.pictures.MunicipalityNetwork.Link;
import se.esfkg.web.pictures.MunicipalityNetwork.Network;

/** The numbers behind the pictures, on the five seed pages. */
class PicturesDataTests {

    final DatasetGraph dataset = SeedData.database().dataset();

    @Test
    void theExactNetworkIsHassleholmAndKristianstadWithFourPartners() {
        Network exact = new MunicipalityNetwork().build(dataset, Level.EXACT);
        assertThat(exact.links()).hasSize(1);
        Link link = exact.links().get(0);
        assertThat(List.of(link.a().name(), link.b().name())).containsExactly("Hässleholm", "Kristianstad");
        assertThat(link.partners()).hasSize(4);
        NetworkDrawing drawing = NetworkDrawing.of(exact);
        assertThat(drawing.dots()).hasSize(2);
        assertThat(drawing.lines().get(0).width()).isGreaterThan(NetworkDrawing.of(
                new MunicipalityNetwork().build(dataset, Level.AGENCY)).lines().get(9).width());
    }

    @Test
    void budgetsByRegionAddUpThePages() {
        List<Group> regions = new AmountChart().groups(dataset, Grouping.REGION, "sv");
        // Sydsverige: Team work (3 805 362 / 10 286 532) + Samverkan utan gränser (10 638 862 / 25 397 159).
        assertThat(regions).extracting(Group::label, Group::projects, Group::esfGrant, Group::totalBudget)
                .first().isEqualTo(tuple("Sydsverige", 2L, new BigDecimal("14444224"), new BigDecimal("35683691")));
        assertThat(regions).hasSize(4);
        List<Group> years = new AmountChart().groups(dataset, Grouping.YEAR, "sv");
        assertThat(years).extracting(Group::key).containsExactly("2008", "2010", "2012", "2014");
        List<Group> counties = new AmountChart().groups(dataset, Grouping.COUNTY, "sv");
        assertThat(counties).extracting(Group::label).contains("Skåne län", "Blekinge län", "Västerbottens län");
        AmountChart.Drawing drawing = AmountChart.draw(Grouping.REGION, regions);
        assertThat(drawing.bars().get(0).totalWidth()).isEqualTo(AmountChart.PLOT_WIDTH);
    }

    @Test
    void cooperationModelsByStartYear() {
        Grid grid = new ConceptTrend().grid(dataset, Scheme.COOPERATION_MODEL, "en");
        assertThat(grid.years()).containsExactly(2008, 2009, 2010, 2011, 2012, 2013, 2014);
        // business-partnership: Visioncenter 2008, VaraLyftet 2010, Team work and Samverkan 2012.
        Series business = grid.series().stream().filter(s -> s.concept().endsWith("/business-partnership"))
                .findFirst().orElseThrow();
        assertThat(business.counts()).containsExactly(1L, 0L, 1L, 0L, 2L, 0L, 0L);
        assertThat(grid.max()).isEqualTo(2);
        assertThat(new ConceptTrend().grid(dataset, Scheme.TARGET_GROUP, "sv").series()).isNotEmpty();
    }
}
