package se.esfkg.web.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import se.esfkg.web.site.Labels;
import se.esfkg.web.site.Page;
import se.esfkg.web.site.Row;
import se.esfkg.web.site.SiteIris;
import se.esfkg.web.site.SiteQueries;

/** The project list: projects matching the chosen filters, a page at a time, and each filter's choices. */
public final class ProjectList {

    public static final int PAGE_SIZE = 20;
    static final String YEAR_PARAM = "year";
    private static final String YEAR_PATTERN = "?project schema:startDate ?f_start ; schema:endDate ?f_end . "
            + "FILTER(YEAR(?f_start) <= ?f_year && YEAR(?f_end) >= ?f_year)";

    /** What the visitor chose: a value per facet (last IRI part), a year, a page number. */
    public record Criteria(Map<ProjectFacet, String> chosen, Integer year, int page) {

        public Criteria {
            chosen = chosen.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(chosen));
            page = Math.max(1, page);
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
            return new Criteria(chosen, parseInt(params.get(YEAR_PARAM), 1900, 2200), parsePage(params.get("page")));
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

    public ProjectList(SiteIris iris) {
        this.iris = iris;
    }

    public Page<ProjectItem> find(DatasetGraph dataset, Criteria criteria, String lang) {
        List<String> patterns = new ArrayList<>();
        Map<String, Node> bindings = new HashMap<>();
        bindings.put("lang", NodeFactory.createLiteralString(lang));
        criteria.chosen().forEach((facet, key) -> {
            patterns.add(facet.pattern());
            bindings.put(facet.variable(), NodeFactory.createURI(facet.namespace(iris) + key));
        });
        if (criteria.year() != null) {
            patterns.add(YEAR_PATTERN);
            bindings.put("f_year", NodeFactory.createLiteralByValue(criteria.year()));
        }
        Page<Row> rows = SiteQueries.page(dataset, SiteQueries.withPatterns("projects", patterns), bindings,
                criteria.page(), PAGE_SIZE);
        List<ProjectItem> items = rows.items().stream().map(r -> new ProjectItem(r.iri("project"), r.text("title"),
                date(r.text("start")), date(r.text("end")), r.decimal("grant"), r.decimal("total"),
                r.iri("region"), r.iri("region") == null ? null
                        : Labels.first(r.iri("region"), r.text("regionLabelLang"), r.text("regionLabel")),
                r.text("phaseLabel"))).toList();
        return new Page<>(items, rows.total(), rows.number(), rows.size());
    }

    /** Every filter with its choices (each with its number of projects), in label order. */
    public List<Filter> filters(DatasetGraph dataset, Criteria criteria, String lang) {
        List<Filter> filters = new ArrayList<>();
        for (ProjectFacet facet : ProjectFacet.values()) {
            String namespace = facet.namespace(iris);
            List<Row> rows = SiteQueries.select(dataset,
                    SiteQueries.withPatterns("project-facet", List.of(facet.pattern(), "BIND(?" + facet.variable() + " AS ?value)")),
                    Map.of("lang", NodeFactory.createLiteralString(lang)));
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

    /** The years the year filter offers: from the first start to the last end. */
    public List<Integer> years(DatasetGraph dataset) {
        List<Row> rows = SiteQueries.select(dataset, "project-years", Map.of());
        if (rows.isEmpty() || rows.get(0).text("first") == null) {
            return List.of();
        }
        int first = (int) rows.get(0).integer("first");
        int last = (int) rows.get(0).integer("last");
        List<Integer> years = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            years.add(y);
        }
        return years;
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
