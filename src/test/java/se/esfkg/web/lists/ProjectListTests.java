package se.esfkg.web.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

import se.esfkg.web.SeedData;
import se.esfkg.web.lists.ProjectList.Criteria;
import se.esfkg.web.lists.ProjectList.Filter;
import se.esfkg.web.lists.ProjectList.Option;
import se.esfkg.web.lists.ProjectList.ProjectItem;
import se.esfkg.web.site.SiteIris;

/** The project list and its filters on a TDB2 database of the five seed pages. */
class ProjectListTests {

    final DatasetGraph dataset = SeedData.database().dataset();
    final ProjectList list = new ProjectList(new SiteIris(SeedData.BASE));

    KeysetPage<ProjectItem> find(Map<String, String> params) {
        return list.find(dataset, Criteria.from(params), "en");
    }

    List<String> titles(Map<String, String> params) {
        return find(params).items().stream().map(ProjectItem::title).toList();
    }

    @Test
    void allFiveSeedProjectsInTitleOrder() {
        assertThat(titles(Map.of()))
                .containsExactly("ResursCentrum", "Samverkan utan gränser", "Team work", "VaraLyftet", "Visioncenter");
        assertThat(find(Map.of()).total()).isEqualTo(5);
    }

    @Test
    void aProjectCarriesWhatItsPageSays() {
        // seeds/001: Team work, Sydsverige, 3 805 362 kr of 10 286 532 kr, 2012-01-01 till 2014-06-30.
        ProjectItem teamWork = find(Map.of()).items().get(2);
        assertThat(teamWork.iri()).isEqualTo(SeedData.BASE + "project/team-work-2012");
        assertThat(teamWork.esfGrant()).isEqualByComparingTo(new BigDecimal("3805362"));
        assertThat(teamWork.totalBudget()).isEqualByComparingTo(new BigDecimal("10286532"));
        assertThat(teamWork.start()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(teamWork.end()).isEqualTo(LocalDate.of(2014, 6, 30));
        assertThat(teamWork.region()).isEqualTo("South Sweden");
        assertThat(teamWork.phase()).isEqualTo("Implementation");
    }

    @Test
    void filtersNarrowTheList() {
        // Sydsverige (SE22): Team work (Sölvesborg) and Samverkan utan gränser (Hässleholm, Kristianstad).
        assertThat(titles(Map.of("region", "SE22"))).containsExactly("Samverkan utan gränser", "Team work");
        // Skåne län (12) holds Hässleholm and Kristianstad.
        assertThat(titles(Map.of("county", "12"))).containsExactly("Samverkan utan gränser");
        assertThat(titles(Map.of("municipality", "2481"))).containsExactly("ResursCentrum");
        assertThat(titles(Map.of("phase", "pre-study"))).containsExactly("Visioncenter");
        assertThat(titles(Map.of("model", "one-way-in"))).containsExactly("ResursCentrum", "VaraLyftet");
        assertThat(titles(Map.of("group", "mental-ill-health"))).containsExactly("Samverkan utan gränser");
        assertThat(titles(Map.of("area", "programomrade-2-okat-arbetskraftsutbud"))).hasSize(5);
        // Running in 2013: 2012–2014, 2012–2014, 2010–2013.
        assertThat(titles(Map.of("year", "2013"))).containsExactly("Samverkan utan gränser", "Team work", "VaraLyftet");
        assertThat(titles(Map.of("year", "2013", "region", "SE23"))).containsExactly("VaraLyftet");
    }

    @Test
    void aValueThatCannotBeAKeyIsIgnoredAndAnUnknownOneFindsNothing() {
        assertThat(titles(Map.of("region", "> ?x } #"))).hasSize(5);
        assertThat(titles(Map.of("region", "SE99"))).isEmpty();
        assertThat(titles(Map.of("year", "nineteen"))).hasSize(5);
    }

    @Test
    void filtersOfferTheValuesInTheDataWithTheirCounts() {
        // Swedish alphabetical order: Ö comes after V.
        List<Filter> filters = list.filters(dataset, Criteria.from(Map.of("region", "SE22")), "sv");
        Filter region = filters.stream().filter(f -> f.facet() == ProjectFacet.REGION).findFirst().orElseThrow();
        assertThat(region.chosen()).isEqualTo("SE22");
        assertThat(region.options()).extracting(Option::key, Option::label, Option::projects).containsExactly(
                tuple("SE22", "Sydsverige", 2L),
                tuple("SE23", "Västsverige", 1L),
                tuple("SE12", "Östra Mellansverige", 1L),
                tuple("SE33", "Övre Norrland", 1L));
        Filter model = filters.stream().filter(f -> f.facet() == ProjectFacet.COOPERATION_MODEL).findFirst().orElseThrow();
        assertThat(model.options()).extracting(Option::key).contains("one-way-in", "business-partnership");
        assertThat(model.options()).filteredOn(o -> o.key().equals("business-partnership"))
                .extracting(Option::projects).containsExactly(4L);
        assertThat(list.years(dataset)).first().isEqualTo(2008);
        assertThat(list.years(dataset)).last().isEqualTo(2014);
    }

    @Test
    void aPageStartsAfterTheProjectItsLinkNames() {
        // Keyset paging: after=<the project's IRI after the base> lists what follows it in title order.
        assertThat(titles(Map.of("after", "project/team-work-2012"))).containsExactly("VaraLyftet", "Visioncenter");
        assertThat(find(Map.of("after", "project/team-work-2012")).first()).isFalse();
        assertThat(titles(Map.of("after", "project/team-work-2012", "region", "SE22"))).isEmpty();
        // One page holds all five seeds: no next page; an unknown or unsafe cursor starts at the beginning.
        assertThat(find(Map.of()).hasNext()).isFalse();
        assertThat(find(Map.of()).first()).isTrue();
        assertThat(titles(Map.of("after", "project/no-such-project"))).hasSize(5);
        assertThat(titles(Map.of("after", "../x"))).hasSize(5);
    }

    @Test
    void aLongListIsWalkedPageByPageInTitleOrder() {
        // Pages of two, so the five seeds take three pages; each "next" names the last project shown.
        // Both ways of finding a page: walking the graphs of keys (limit 0), and from the filters first.
        for (long directLimit : new long[] {0, SortedGraphs.DIRECT}) {
            ProjectList small = new ProjectList(new SiteIris(SeedData.BASE), 2, directLimit);
            assertThat(walk(small, Map.of())).containsExactly(
                    List.of("ResursCentrum", "Samverkan utan gränser"), List.of("Team work", "VaraLyftet"), List.of("Visioncenter"));
            // Running in 2013 (the seeds' 2012–2014, 2012–2014, 2010–2013).
            assertThat(walk(small, Map.of("year", "2013"))).containsExactly(
                    List.of("Samverkan utan gränser", "Team work"), List.of("VaraLyftet"));
            assertThat(walk(small, Map.of("model", "one-way-in"))).containsExactly(List.of("ResursCentrum", "VaraLyftet"));
        }
    }

    /** The titles of every page, following each page's "next" from the first. */
    private List<List<String>> walk(ProjectList small, Map<String, String> filters) {
        List<List<String>> pages = new java.util.ArrayList<>();
        Map<String, String> params = new java.util.HashMap<>(filters);
        while (pages.size() < 10) {
            KeysetPage<ProjectItem> page = small.find(dataset, Criteria.from(params), "en");
            pages.add(page.items().stream().map(ProjectItem::title).toList());
            if (!page.hasNext()) {
                break;
            }
            params.put("after", page.next());
        }
        return pages;
    }

    @Test
    void theTotalIsTheTallyOfASingleFilterAndUnknownForACombination() {
        assertThat(find(Map.of("region", "SE22")).total()).isEqualTo(2);
        assertThat(find(Map.of("year", "2013")).total()).isEqualTo(3);
        assertThat(find(Map.of("year", "2013", "region", "SE23")).total()).isNull();
    }
}
