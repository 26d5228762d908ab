package se.esfkg.resolve;

import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import se.esfkg.source.DataTables;

/**
 * The Swedish reference tables (municipalities, counties, NUTS-2 regions) read from
 * {@code /reference/*.csv} on the class path. Codes stay strings so that {@code 0180} and {@code 01}
 * keep their leading zeros.
 */
public final class ReferenceData {

    /** The national scope the programme writes {@code ESF Nationellt}; it has no NUTS code. */
    public static final EsfRegion NATIONAL = new EsfRegion(EsfRegion.NATIONAL_ID, "ESF Nationellt",
            "National (ESF)", Optional.empty());

    private static volatile ReferenceData defaults;

    private final Map<String, Municipality> municipalities;
    private final Map<String, County> counties;
    private final Map<String, EsfRegion> regions;

    private ReferenceData(Map<String, Municipality> municipalities, Map<String, County> counties,
            Map<String, EsfRegion> regions) {
        this.municipalities = Collections.unmodifiableMap(municipalities);
        this.counties = Collections.unmodifiableMap(counties);
        this.regions = Collections.unmodifiableMap(regions);
    }

    /** The tables shipped with esf-kg, read once per JVM: they never change during a run. */
    public static ReferenceData load() {
        ReferenceData d = defaults;
        if (d == null) {
            synchronized (ReferenceData.class) {
                d = defaults;
                if (d == null) {
                    d = read();
                    defaults = d;
                }
            }
        }
        return d;
    }

    private static ReferenceData read() {
        Map<String, EsfRegion> regions = new LinkedHashMap<>();
        readCsv("/reference/nuts2.csv", r -> regions.put(r.get("code"),
                new EsfRegion(r.get("code"), r.get("name_sv"), r.get("name_en"), Optional.of(r.get("code")))));
        Map<String, County> counties = new LinkedHashMap<>();
        readCsv("/reference/counties.csv", r -> {
            County c = new County(r.get("code"), r.get("name"), r.get("nuts3"), r.get("nuts2"));
            if (!regions.containsKey(c.nuts2())) {
                throw new IllegalStateException("county " + c.code() + " names unknown NUTS-2 " + c.nuts2());
            }
            counties.put(c.code(), c);
        });
        Map<String, Municipality> municipalities = new LinkedHashMap<>();
        readCsv("/reference/municipalities.csv", r -> {
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

    /** Reads a UTF-8 CSV resource with a header row; {@code #} starts a comment line. */
    static void readCsv(String resource, Consumer<CSVRecord> each) {
        DataTables.read(resource, each);
    }

    static void readCsv(Reader reader, String name, Consumer<CSVRecord> each) throws IOException {
        DataTables.read(reader, name, each);
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
