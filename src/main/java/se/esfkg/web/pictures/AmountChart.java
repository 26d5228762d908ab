package se.esfkg.web.pictures;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import se.esfkg.web.site.Labels;
import se.esfkg.web.site.Row;
import se.esfkg.web.site.SiteQueries;

/**
 * ESF grant and total budget summed by region, by county or by start year, drawn as paired bars; the
 * sums are the corpus statistics' (esf:BudgetTotals), so the picture costs the same at any size.
 */
public final class AmountChart {

    /** What the amounts are grouped by; each binds {@code ?key} for the corpus statistics' budget totals. */
    public enum Grouping {
        REGION("region", "?totals esf:totalsOf ?key . ?key a esf:EsfRegion ."),
        COUNTY("county", "?totals esf:totalsOf ?key . ?key a esf:County ."),
        YEAR("year", "?totals esf:startYear ?key .");

        private final String param;
        private final String pattern;

        Grouping(String param, String pattern) {
            this.param = param;
            this.pattern = pattern;
        }

        public String param() {
            return param;
        }
    }

    /** One group: its key (an IRI, or a year), label, number of projects and the two sums in kronor. */
    public record Group(String key, String label, boolean linkable, long projects, BigDecimal esfGrant,
            BigDecimal totalBudget) {
    }

    /** A bar pair's place in the SVG. */
    public record Bar(Group group, double y, double grantWidth, double totalWidth) {
    }

    public record Drawing(Grouping grouping, List<Bar> bars, int width, int height, int labelWidth) {
    }

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 210;
    static final int ROW_HEIGHT = 34;
    static final int PLOT_WIDTH = WIDTH - LABEL_WIDTH - 110;

    public List<Group> groups(DatasetGraph dataset, Grouping grouping, String lang) {
        List<Row> rows = SiteQueries.select(dataset, SiteQueries.withPatterns("budget-totals", List.of(grouping.pattern)),
                Map.of("lang", NodeFactory.createLiteralString(lang)));
        Comparator<Group> order = grouping == Grouping.YEAR
                ? Comparator.comparing(g -> Integer.parseInt(g.key()))
                : Comparator.comparing(Group::totalBudget).reversed().thenComparing(Group::label, Labels.order());
        return rows.stream().filter(r -> r.text("key") != null)
                .map(r -> new Group(r.text("key"),
                        r.iri("key") == null ? r.text("key") : Labels.first(r.iri("key"), r.text("labelLang"), r.text("labelSvAny")),
                        r.iri("key") != null, r.integer("projects"), r.decimal("esfGrant"), r.decimal("totalBudget")))
                .sorted(order).toList();
    }

    public static Drawing draw(Grouping grouping, List<Group> groups) {
        BigDecimal max = groups.stream().map(g -> g.totalBudget().max(g.esfGrant())).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        double scale = max.signum() == 0 ? 0 : PLOT_WIDTH / max.doubleValue();
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            bars.add(new Bar(g, 10 + i * ROW_HEIGHT, Math.round(g.esfGrant().doubleValue() * scale * 10) / 10.0,
                    Math.round(g.totalBudget().doubleValue() * scale * 10) / 10.0));
        }
        return new Drawing(grouping, bars, WIDTH, 20 + groups.size() * ROW_HEIGHT, LABEL_WIDTH);
    }
}
