package se.esfkg.publish.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one pass over the N-Quads dump found: VoID's figures for the union default graph (distinct
 * triples, subjects, objects, entities, class and property partitions, links to outside
 * identifiers) and the facts the DCAT dataset states (the projects' period, the NUTS regions
 * they cover).
 */
public record CorpusStatistics(
        long quads,
        int graphs,
        long triples,
        long distinctSubjects,
        long distinctObjects,
        long entities,
        long projects,
        SortedMap<String, Long> classPartitions,
        SortedMap<String, Long> propertyPartitions,
        SortedMap<String, Long> linksets,
        SortedSet<String> vocabularies,
        List<String> exampleResources,
        Optional<LocalDate> earliestStart,
        Optional<LocalDate> latestEnd,
        SortedSet<String> nutsRegions) {

    public CorpusStatistics {
        classPartitions = new TreeMap<>(classPartitions);
        propertyPartitions = new TreeMap<>(propertyPartitions);
        linksets = new TreeMap<>(linksets);
        vocabularies = new TreeSet<>(vocabularies);
        exampleResources = List.copyOf(exampleResources);
        nutsRegions = new TreeSet<>(nutsRegions);
    }

    /** An outside identifier space a linkset points into, counted per linking property. */
    public record Target(String id, String title, String namespace, String homepage) {
    }

    public static final Target NUTS = new Target("nuts", "NUTS (Eurostat)", "http://data.europa.eu/nuts/code/",
            "https://ec.europa.eu/eurostat/web/nuts");
    public static final Target COUNTRIES = new Target("eu-countries", "EU country authority table",
            "http://publications.europa.eu/resource/authority/country/",
            "http://publications.europa.eu/resource/authority/country");
    public static final Target WIKIDATA = new Target("wikidata", "Wikidata", "http://www.wikidata.org/entity/",
            "https://www.wikidata.org/");
    public static final Target KOHESIO = new Target("kohesio", "Kohesio operations", "",
            "https://kohesio.ec.europa.eu/");
    public static final List<Target> TARGETS = List.of(NUTS, COUNTRIES, WIKIDATA, KOHESIO);

    /** Linkset key: target id, a space, the linking property IRI. */
    public static String linksetKey(Target target, String predicate) {
        return target.id() + " " + predicate;
    }

    public Map<String, Long> linksetsTo(Target target) {
        Map<String, Long> m = new TreeMap<>();
        linksets.forEach((k, v) -> {
            if (k.startsWith(target.id() + " ")) {
                m.put(k.substring(target.id().length() + 1), v);
            }
        });
        return m;
    }

    public Set<String> classes() {
        return classPartitions.keySet();
    }
}
