package se.esfkg.resolve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.esfkg.knowledge.KnowledgeBase;

/**
 * The Swedish reference tables (municipalities, counties, NUTS-2 regions) of the knowledge base's
 * {@code reference/*.csv}. Codes stay strings so that {@code 0180} and {@code 01}
 * keep their leading zeros.
 */
public final class ReferenceData {

    /** The national scope the programme writes {@code ESF Nationellt}; it has no NUTS code. */
    public static final EsfRegion NATIONAL = new EsfRegion(EsfRegion.NATIONAL_ID, "ESF Nationellt",
            "National (ESF)", Optional.empty());

    private final Map<String, Municipality> municipalities;
    private final Map<String, County> counties;
    private final Map<String, EsfRegion> regions;

    private ReferenceData(Map<String, Municipality> municipalities, Map<String, County> counties,
            Map<String, EsfRegion> regions) {
        this.municipalities = Collections.unmodifiableMap(municipalities);
        this.counties = Collections.unmodifiableMap(counties);
        this.regions = Collections.unmodifiableMap(regions);
    }

    /** The tables as the knowledge base holds them, checked: every county and municipality points at a known parent. */
    public static ReferenceData from(KnowledgeBase knowledge) {
        Map<String, EsfRegion> regions = new LinkedHashMap<>();
        knowledge.table("reference/nuts2.csv").forEach(r -> regions.put(r.get("code"),
                new EsfRegion(r.get("code"), r.get("name_sv"), r.get("name_en"), Optional.of(r.get("code")))));
        Map<String, County> counties = new LinkedHashMap<>();
        knowledge.table("reference/counties.csv").forEach(r -> {
            County c = new County(r.get("code"), r.get("name"), r.get("nuts3"), r.get("nuts2"));
            if (!regions.containsKey(c.nuts2())) {
                throw new IllegalStateException("county " + c.code() + " names unknown NUTS-2 " + c.nuts2());
            }
            counties.put(c.code(), c);
        });
        Map<String, Municipality> municipalities = new LinkedHashMap<>();
        knowledge.table("reference/municipalities.csv").forEach(r -> {
            County county = counties.get(r.get("county_code"));
            if (county == null) {
                throw new IllegalStateException("municipality " + r.get("code") + " names unknown county "
                        + r.get("county_code"));
            }
            String wikidata = r.get("wikidata");
            municipalities.put(r.get("code"), new Municipality(r.get("code"), r.get("name"), county,
                    wikidata.isBlank() ? Optional.empty() : Optional.of(wikidata)));
        });
        return new ReferenceData(municipalities, counties, regions);
    }

    public List<Municipality> municipalities() {
        return List.copyOf(municipalities.values());
    }

    public Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    public List<County> counties() {
        return List.copyOf(counties.values());
    }

    public Optional<County> county(String code) {
        return Optional.ofNullable(counties.get(code));
    }

    /** The eight NUTS-2 regions, without the national scope. */
    public List<EsfRegion> regions() {
        return List.copyOf(regions.values());
    }

    /** A region by NUTS-2 code, or the national scope by {@code national}. */
    public Optional<EsfRegion> region(String id) {
        if (EsfRegion.NATIONAL_ID.equals(id)) {
            return Optional.of(NATIONAL);
        }
        return Optional.ofNullable(regions.get(id));
    }
}
