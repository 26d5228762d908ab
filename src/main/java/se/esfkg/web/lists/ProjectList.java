package se.esfkg.web.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import se.esfkg.map.Esf;
import se.esfkg.web.site.Labels;
import se.esfkg.web.site.Row;
import se.esfkg.web.site.SiteIris;
import se.esfkg.web.site.SiteQueries;

/**
 * The project list: projects matching the chosen filters in title order, a page at a time, and each
 * filter's choices; every figure is read from the corpus statistics, so a page costs about the same
 * at 100 or 100,000 projects.
 */
public final class ProjectList {

    public static final int PAGE_SIZE = 20;
    static final String YEAR_PARAM = "year";
    private static final String YEAR_PATTERN = "?project schema:startDate ?f_start ; schema:endDate ?f_end . "
            + "FILTER(YEAR(?f_start) <= ?f_year && YEAR(?f_end) >= ?f_year)";

    /** What the visitor chose: a value per facet (last IRI part), a year, the project the page starts after (its IRI after the base). */
    public record Criteria(Map<ProjectFacet, String> chosen, Integer year, String after) {

        public Criteria {
            chosen = chosen.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(chosen));
        }

        /** From request parameters; values that cannot be one of our keys are ignored. */
        public static Criteria from(Map<String, String> params) {
            Map<ProjectFacet, String> chosen = new EnumMap<>(ProjectFacet.class);
            for (ProjectFacet f : ProjectFacet.values()) {
                String v = params.get(f.param());
                if (SiteIris.isKey(v)) {
                    chosen.put(f, v);
                }
            }
            return new Criteria(chosen, parseInt(params.get(YEAR_PARAM), 1900, 2200), SortedGraphs.after(params));
        }

        public String chosen(ProjectFacet facet) {
            return chosen.get(facet);
        }

        public boolean any() {
            return !chosen.isEmpty() || year != null;
        }
    }

    public record ProjectItem(String iri, String title, LocalDate start, LocalDate end, BigDecimal esfGrant,
            BigDecimal totalBudget, String regionIri, String region, String phase) {
    }

    public record Option(String key, String label, long projects) {
    }

    public record Filter(ProjectFacet facet, String chosen, List<Option> options) {
    }

    private final SiteIris iris;
    private final int pageSize;
    private final long directLimit;

    public ProjectList(SiteIris iris) {
        this(iris, PAGE_SIZE, SortedGraphs.DIRECT);
    }

    /**
     * With pages of {@code pageSize} projects, finding them from the filters first when at most
     * {@code directLimit} match (tests walk the seeds' few graphs in small pages both ways).
     */
    ProjectList(SiteIris iris, int pageSize, long directLimit) {
        this.iris = iris;
        this.pageSize = pageSize;
        this.directLimit = directLimit;
    }

    /**
     * The page of projects, in title order, that matches the criteria: read by keyset from the graphs of
     * sort keys, so its cost does not grow with the corpus; the total comes from the tallies.
     */
    public KeysetPage<ProjectItem> find(DatasetGraph dataset, Criteria criteria, String lang) {
        List<String> patterns = new ArrayList<>();
        Map<String, Node> bindings = new HashMap<>();
        criteria.chosen().forEach((facet, key) -> {
            patterns.add(facet.pattern());
            bindings.put(facet.variable(), NodeFactory.createURI(facet.namespace(iris) + key));
        });
        if (criteria.year() != null) {
            patterns.add(YEAR_PATTERN);
            bindings.put("f_year", NodeFactory.createLiteralByValue(criteria.year()));
        }
        SortedGraphs graphs = SortedGraphs.of(dataset, iris.base() + "graph/statistics/titles/", Esf.projectCount);
        List<Long> counts = counts(dataset, criteria);
        long matching = counts.stream().min(Long::compare).orElse(graphs.total());
        Long total = counts.isEmpty() ? Long.valueOf(graphs.total()) : counts.size() == 1 ? counts.get(0) : null;
        SortedGraphs.Cursor after = criteria.after() == null ? null
                : SortedGraphs.cursor(dataset, NodeFactory.createURI(iris.base() + criteria.after()));
        List<Row> keys = graphs.page(dataset, "projects-walk", "projects-direct", "project", patterns, bindings,
                matching, directLimit, after, pageSize + 1);
        List<Row> shown = keys.subList(0, Math.min(pageSize, keys.size()));
        String next = keys.size() > pageSize ? SortedGraphs.next(iris, shown.get(shown.size() - 1).iri("project")) : null;
        return new KeysetPage<>(items(dataset, shown, lang), total, after == null, next);
    }

    /** The tallies of the chosen values: each an upper bound on the projects matching them all. */
    private List<Long> counts(DatasetGraph dataset, Criteria criteria) {
        List<Long> counts = new ArrayList<>();
        criteria.chosen().forEach((facet, key) -> counts.add(SiteQueries.select(dataset, "project-facet", Map.of(
                "property", facet.property(), "value", NodeFactory.createURI(facet.namespace(iris) + key),
                "lang", NodeFactory.createLiteralString("sv"))).stream().mapToLong(r -> r.integer("projects")).sum()));
        if (criteria.year() != null) {
            counts.add(yearCounts(dataset).getOrDefault(criteria.year(), 0L));
        }
        return counts;
    }

    /** Each shown project with what the list says of it, in the order of its key. */
    private List<ProjectItem> items(DatasetGraph dataset, List<Row> keys, String lang) {
        return SortedGraphs.describe(dataset, "projects", "project", "title", keys, lang).stream()
                .map(SortedGraphs.Described::row)
                .map(r -> new ProjectItem(r.iri("project"), r.text("title"), date(r.text("start")), date(r.text("end")),
                            r.decimal("grant"), r.decimal("total"), r.iri("region"), r.iri("region") == null ? null
                                    : Labels.first(r.iri("region"), r.text("regionLabelLang"), r.text("regionLabel")),
                            r.text("phaseLabel")))
                .toList();
    }

    /** Every filter with its choices (each with its number of projects, from the tallies), in label order. */
    public List<Filter> filters(DatasetGraph dataset, Criteria criteria, String lang) {
        List<Filter> filters = new ArrayList<>();
        for (ProjectFacet facet : ProjectFacet.values()) {
            String namespace = facet.namespace(iris);
            List<Row> rows = SiteQueries.select(dataset, "project-facet",
                    Map.of("property", facet.property(), "lang", NodeFactory.createLiteralString(lang)));
            Function<Row, String> label = r -> Labels.first(r.iri("value"), r.text("labelLang"), r.text("labelSvAny"), r.text("short"));
            List<Option> options = rows.stream()
                    .filter(r -> r.iri("value") != null && r.iri("value").startsWith(namespace))
                    .map(r -> new Option(r.iri("value").substring(namespace.length()), label.apply(r), r.integer("projects")))
                    .sorted(Comparator.comparing(Option::label, Labels.order()))
                    .toList();
            filters.add(new Filter(facet, criteria.chosen(facet), options));
        }
        return filters;
    }

    /** The years the year filter offers: from the first a project runs in to the last. */
    public List<Integer> years(DatasetGraph dataset) {
        Map<Integer, Long> counts = yearCounts(dataset);
        if (counts.isEmpty()) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>();
        for (int y = Collections.min(counts.keySet()); y <= Collections.max(counts.keySet()); y++) {
            years.add(y);
        }
        return years;
    }

    private static Map<Integer, Long> yearCounts(DatasetGraph dataset) {
        Map<Integer, Long> counts = new HashMap<>();
        SiteQueries.select(dataset, "project-years", Map.of())
                .forEach(r -> counts.put((int) r.integer("year"), r.integer("projects")));
        return counts;
    }

    private static LocalDate date(String text) {
        return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
    }

    static Integer parseInt(String text, int min, int max) {
        if (text == null || !text.matches("\\d{1,9}")) {
            return null;
        }
        int v = Integer.parseInt(text);
        return v >= min && v <= max ? v : null;
    }

    static int parsePage(String text) {
        Integer p = parseInt(text, 1, 1_000_000);
        return p == null ? 1 : p;
    }
}
