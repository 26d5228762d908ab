package se.esfkg.web.pictures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import se.esfkg.map.Esf;
import se.esfkg.web.site.Labels;
import se.esfkg.web.site.Row;
import se.esfkg.web.site.SiteIris;
import se.esfkg.web.site.SiteQueries;

/**
 * Cooperation models or target groups over time: for each concept of the scheme, how many projects
 * starting in each year carry it (the corpus statistics' tallies). Drawn as a grid whose cells darken
 * with the count.
 */
public final class ConceptTrend {

    public enum Scheme {
        COOPERATION_MODEL("cooperation-model", Esf.cooperationModel),
        TARGET_GROUP("target-group", Esf.targetGroup);

        private final String id;
        /** The property the statistics' tallies per start year of this scheme are counted by. */
        private final Node property;

        Scheme(String id, Node property) {
            this.id = id;
            this.property = property;
        }

        public String id() {
            return id;
        }

        public String iri() {
            return SiteIris.DEF + id;
        }
    }

    /** One concept's counts, one per year of {@link Grid#years()}. */
    public record Series(String concept, String label, List<Long> counts) {
        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    public record Grid(Scheme scheme, List<Integer> years, List<Series> series, long max) {
    }

    /** A cell's place in the SVG and its shade (0 = none, 1 = the largest count). */
    public record Cell(double x, double y, long count, double shade, boolean dark) {
    }

    public record Drawing(Grid grid, List<List<Cell>> rows, int width, int height, int labelWidth, int cellWidth,
            int cellHeight) {
    }

    public Grid grid(DatasetGraph dataset, Scheme scheme, String lang) {
        List<Row> counts = SiteQueries.select(dataset, "concepts-by-year", Map.of("property", scheme.property));
        List<Row> concepts = SiteQueries.select(dataset, "scheme-concepts", Map.of(
                "scheme", NodeFactory.createURI(scheme.iri()), "lang", NodeFactory.createLiteralString(lang)));
        TreeSet<Integer> yearSet = new TreeSet<>();
        Map<String, Map<Integer, Long>> byConcept = new HashMap<>();
        for (Row r : counts) {
            int year = (int) r.integer("year");
            yearSet.add(year);
            byConcept.computeIfAbsent(r.iri("concept"), k -> new HashMap<>()).put(year, r.integer("projects"));
        }
        List<Integer> years = yearSet.isEmpty() ? List.of() : range(yearSet.first(), yearSet.last());
        List<Series> series = new ArrayList<>();
        long max = 0;
        for (Row c : concepts) {
            Map<Integer, Long> perYear = byConcept.getOrDefault(c.iri("concept"), Map.of());
            List<Long> row = years.stream().map(y -> perYear.getOrDefault(y, 0L)).toList();
            max = Math.max(max, row.stream().mapToLong(Long::longValue).max().orElse(0));
            series.add(new Series(c.iri("concept"), Labels.first(c.iri("concept"), c.text("labelLang"), c.text("labelSvAny")), row));
        }
        series.sort(Comparator.comparingLong(Series::total).reversed().thenComparing(Series::label, Labels.order()));
        return new Grid(scheme, years, series, max);
    }

    static final int LABEL_WIDTH = 300;
    static final int CELL_WIDTH = 46;
    static final int CELL_HEIGHT = 30;

    public static Drawing draw(Grid grid) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < grid.series().size(); i++) {
            List<Cell> cells = new ArrayList<>();
            List<Long> counts = grid.series().get(i).counts();
            for (int j = 0; j < counts.size(); j++) {
                double shade = grid.max() == 0 ? 0 : (double) counts.get(j) / grid.max();
                cells.add(new Cell(LABEL_WIDTH + j * CELL_WIDTH, 30 + i * CELL_HEIGHT, counts.get(j),
                        Math.round(shade * 100) / 100.0, shade > 0.5));
            }
            rows.add(cells);
        }
        return new Drawing(grid, rows, LABEL_WIDTH + Math.max(1, grid.years().size()) * CELL_WIDTH + 10,
                40 + grid.series().size() * CELL_HEIGHT, LABEL_WIDTH, CELL_WIDTH, CELL_HEIGHT);
    }

    private static List<Integer> range(int first, int last) {
        List<Integer> out = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            out.add(y);
        }
        return out;
    }
}
