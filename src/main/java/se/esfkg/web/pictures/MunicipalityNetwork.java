package se.esfkg.web.pictures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;

import se.esfkg.map.Esf;
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

    /**
     * {@code a} sorts before {@code b} by name; {@code partners} are in name order, at most
     * {@link #PARTNERS_LISTED} of the {@code partnerCount} the link stands for.
     */
    public record Link(Place a, Place b, long partnerCount, List<Partner> partners) {
        public Link {
            partners = List.copyOf(partners);
        }

        /** Partners the link stands for beyond those listed. */
        public long partnersNotListed() {
            return partnerCount - partners.size();
        }
    }

    /** {@code links} are the strongest {@code links.size()} of {@code allLinks}. */
    public record Network(Level level, List<Place> places, List<Link> links, long allLinks) {
        public Network {
            places = List.copyOf(places);
            links = List.copyOf(links);
        }

        public boolean showsAll() {
            return links.size() == allLinks;
        }
    }

    /**
     * Links drawn at most: beyond a few hundred lines the drawing is a solid disc and the page too
     * large to read (100,000 projects join nearly all 41,905 pairs of municipalities).
     */
    public static final int LINKS_DRAWN = 250;
    /** Partners named per link at most; the count says how many there are. */
    public static final int PARTNERS_LISTED = 25;

    public Network build(DatasetGraph dataset, Level level) {
        boolean agency = level == Level.AGENCY;
        Map<String, Node> count = Map.of("countProperty", agency ? Esf.sharedPartnerCount : Esf.sharedOrganisationCount);
        long allLinks = SiteQueries.select(dataset, "network-size", count).get(0).integer("links");
        Query strongest = SiteQueries.query("network");
        strongest.setLimit(LINKS_DRAWN);
        Map<String, Long> counts = new LinkedHashMap<>();
        SiteQueries.select(dataset, strongest, count).forEach(r -> counts.put(r.iri("pair"), r.integer("count")));
        Map<String, String> counties = new TreeMap<>();
        SiteQueries.select(dataset, "network-places", Map.of())
                .forEach(r -> counties.put(r.iri("municipality"), r.text("countyCode") + "-" + r.text("code")));
        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, Place[]> members = new LinkedHashMap<>();
        Map<String, List<String>> partnersOf = new LinkedHashMap<>();
        if (!counts.isEmpty()) {
            List<Row> rows = SiteQueries.select(dataset, SiteQueries.withPatterns("network-pairs", List.of(values("pair", counts.keySet()))),
                    Map.of("sharing", agency ? Esf.sharedPartner : Esf.sharedOrganisation));
            for (Row r : rows) {
                Place a = places.computeIfAbsent(r.iri("a"), iri -> new Place(iri, r.text("aName"), counties.get(iri)));
                Place b = places.computeIfAbsent(r.iri("b"), iri -> new Place(iri, r.text("bName"), counties.get(iri)));
                members.putIfAbsent(r.iri("pair"), new Place[] {a, b});
                partnersOf.computeIfAbsent(r.iri("pair"), k -> new ArrayList<>()).add(r.iri("partner"));
            }
        }
        Map<String, Partner> named = names(dataset, partnersOf.values().stream().flatMap(List::stream).distinct().toList());
        Comparator<String> byName = Labels.order();
        List<Link> links = members.entrySet().stream()
                .map(e -> new Link(e.getValue()[0], e.getValue()[1], counts.get(e.getKey()),
                        partnersOf.get(e.getKey()).stream().map(named::get).filter(java.util.Objects::nonNull)
                                .sorted(Comparator.comparing(Partner::label, byName)).limit(PARTNERS_LISTED).toList()))
                .sorted(Comparator.<Link>comparingLong(l -> -l.partnerCount())
                        .thenComparing(l -> l.a().name(), byName).thenComparing(l -> l.b().name(), byName))
                .toList();
        // Around the circle by county code, so neighbours in the country sit near each other.
        List<Place> ordered = places.values().stream()
                .sorted(Comparator.comparing((Place p) -> p.countyCode() == null ? "~" : p.countyCode())
                        .thenComparing(Place::name, byName))
                .toList();
        return new Network(level, ordered, links, allLinks);
    }

    /** Each partner's name, and its parent's for a unit, asked once per partner rather than per link. */
    private static Map<String, Partner> names(DatasetGraph dataset, List<String> partners) {
        Map<String, Partner> named = new HashMap<>();
        if (!partners.isEmpty()) {
            SiteQueries.select(dataset, SiteQueries.withPatterns("partner-names", List.of(values("partner", partners))), Map.of())
                    .forEach(r -> named.put(r.iri("partner"), new Partner(r.iri("partner"), r.text("partnerName"), r.text("parentName"))));
        }
        return named;
    }

    /** IRIs read from the database, as a VALUES block (N-Triples form, so any IRI is written safely). */
    private static String values(String variable, java.util.Collection<String> iris) {
        return iris.stream().map(iri -> NodeFmtLib.strNT(NodeFactory.createURI(iri)))
                .collect(Collectors.joining(" ", "VALUES ?" + variable + " { ", " }"));
    }
}
