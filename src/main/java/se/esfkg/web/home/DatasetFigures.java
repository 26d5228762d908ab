package se.esfkg.web.home;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;

import se.esfkg.serve.Generation;
import se.esfkg.store.GraphManifest;
import se.esfkg.web.site.Row;
import se.esfkg.web.site.SiteQueries;

/**
 * The size of the live dataset, as the home page states it: counted by the conversion (the corpus
 * statistics) and by the load (the manifest's quads), so that the page costs the same at any size.
 */
final class DatasetFigures {

    /**
     * Counts for one generation of the database; {@code municipalities} are those with a project.
     * {@code settled}: false while a patch is writing its manifest, so the figures are asked again.
     */
    record Figures(Generation generation, long projects, long organisations, long municipalities,
            long allMunicipalities, long triples, boolean settled) {
    }

    Figures count(DatasetGraph dataset, Generation generation) {
        Row r = SiteQueries.select(dataset, "figures", Map.of()).get(0);
        Path manifest = generation.directory().resolve(GraphManifest.FILE);
        // A database made outside the loader has no manifest: it is counted whole, once.
        long triples = Files.exists(manifest) ? GraphManifest.read(manifest).totalQuads()
                : SiteQueries.select(dataset, "triples", Map.of()).get(0).integer("triples");
        return new Figures(generation, r.integer("projects"), r.integer("organisations"), r.integer("municipalities"),
                r.integer("allMunicipalities"), triples, GraphManifest.isSettled(generation.directory()));
    }
}
