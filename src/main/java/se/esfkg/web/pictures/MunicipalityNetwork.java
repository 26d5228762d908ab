package se.esfkg.web.pictures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import se.esfkg.web.site.Labels;
import se.esfkg.web.site.Row;
import se.esfkg.web.site.SiteQueries;

/**
 * The headline question, which municipalities share partners, as a network: one link per pair of
 * municipalities whose projects have a partner in common, carrying the partners it stands for.
 */
public final class MunicipalityNetwork {

    /** How partners are compared; {@code param} is the URL value. */
    public enum Level {
        /** An agency's local office counts as the agency; a municipality's department stays itself. */
        AGENCY("agency"),
        /** Exactly the same organisation. */
        EXACT("exact");

        private final String param;

        Level(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        public static Level of(String param) {
            return "exact".equals(param) ? EXACT : AGENCY;
        }
    }

    public record Place(String iri, String name, String countyCode) {
    }

    /** {@code parentName}: whose unit it is, when the partner is a unit (a municipality's department). */
    public record Partner(String iri, String name, String parentName) {

        /** The name people read: a unit names its parent when its own name does not. */
        public String label() {
            return Labels.withParent(name, parentName);
        }

        /** What the label adds to the name (", Hässleholms kommun"), or empty. */
        public String parentSuffix() {
            return label().substring(name.length());
        }
    }

    /** {@code a} sorts before {@code b} by name; partners are in name order. */
    public record Link(Place a, Place b, List<Partner> partners) {
        public Link {
            partners = List.copyOf(partners);
        }
    }

    public record Network(Level level, List<Place> places, List<Link> links) {
        public Network {
            places = List.copyOf(places);
            links = List.copyOf(links);
        }
    }

    public Network build(DatasetGraph dataset, Level level) {
        List<Row> rows = SiteQueries.select(dataset, "network",
                Map.of("rollUp", NodeFactory.createLiteralByValue(level == Level.AGENCY)));
        Map<String, String> counties = new TreeMap<>();
        SiteQueries.select(dataset, "network-places", Map.of())
                .forEach(r -> counties.put(r.iri("municipality"), r.text("countyCode") + "-" + r.text("code")));
        Map<String, Place> places = new LinkedHashMap<>();
        Map<List<String>, List<Partner>> pairs = new LinkedHashMap<>();
        for (Row r : rows) {
            Place a = places.computeIfAbsent(r.iri("a"), iri -> new Place(iri, r.text("aName"), counties.get(iri)));
            Place b = places.computeIfAbsent(r.iri("b"), iri -> new Place(iri, r.text("bName"), counties.get(iri)));
            pairs.computeIfAbsent(List.of(a.iri(), b.iri()), k -> new ArrayList<>())
                    .add(new Partner(r.iri("partner"), r.text("partnerName"), r.text("parentName")));
        }
        Comparator<String> byName = Labels.order();
        List<Link> links = pairs.entrySet().stream()
                .map(e -> new Link(places.get(e.getKey().get(0)), places.get(e.getKey().get(1)),
                        e.getValue().stream().sorted(Comparator.comparing(Partner::label, byName)).toList()))
                .sorted(Comparator.<Link>comparingInt(l -> -l.partners().size())
                        .thenComparing(l -> l.a().name(), byName).thenComparing(l -> l.b().name(), byName))
                .toList();
        // Around the circle by county code, so neighbours in the country sit near each other.
        List<Place> ordered = places.values().stream()
                .sorted(Comparator.comparing((Place p) -> p.countyCode() == null ? "~" : p.countyCode())
                        .thenComparing(Place::name, byName))
                .toList();
        return new Network(level, ordered, links);
    }
}
