package se.esfkg.web.home;

import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;

import se.esfkg.serve.Generation;
import se.esfkg.web.site.Row;
import se.esfkg.web.site.SiteQueries;

/** The size of the live dataset, as the home page states it. */
final class DatasetFigures {

    /** Counts for one generation of the database; {@code municipalities} are those with a project. */
    record Figures(Generation generation, long projects, long organisations, long municipalities,
            long allMunicipalities, long triples) {
    }

    Figures count(DatasetGraph dataset, Generation generation) {
        List<Row> rows = SiteQueries.select(dataset, "figures", Map.of());
        Row r = rows.get(0);
        return new Figures(generation, r.integer("projects"), r.integer("organisations"), r.integer("municipalities"),
                r.integer("allMunicipalities"), r.integer("triples"));
    }
}
