package se.esfkg.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.esfkg.knowledge.Table;

/**
 * The real names a generated corpus draws from: every municipality with its county and ESF region,
 * and the register of public bodies (agencies, regions, county administrative boards, universities)
 * with their e-mail domains. Loaded once and handed to the generator.
 */
public record GeneratorData(List<Place> municipalities, List<Body> agencies, List<Body> regions,
        List<Body> countyBoards, List<Body> universities) {

    /** A municipality, with the ESF region (NUTS 2 name) its county lies in. */
    public record Place(String code, String name, String countyCode, String countyName, String esfRegion) {
    }

    /** A public body as the register names it. */
    public record Body(String name, String kind, String emailDomain) {
    }

    public static GeneratorData fromClasspath() {
        Map<String, String> nuts2Names = new HashMap<>();
        Table.fromClasspath("reference/nuts2.csv").forEach(r -> nuts2Names.put(r.get("code"), r.get("name_sv")));
        Map<String, String> regionOfCounty = new HashMap<>();
        Table.fromClasspath("reference/counties.csv").forEach(
                r -> regionOfCounty.put(r.get("code"), nuts2Names.get(r.get("nuts2"))));
        List<Place> places = new ArrayList<>();
        Table.fromClasspath("reference/municipalities.csv").forEach(r -> places.add(new Place(r.get("code"), r.get("name"),
                r.get("county_code"), r.get("county_name"), regionOfCounty.get(r.get("county_code")))));
        List<Body> agencies = new ArrayList<>();
        List<Body> regions = new ArrayList<>();
        List<Body> boards = new ArrayList<>();
        List<Body> universities = new ArrayList<>();
        Table.fromClasspath("generate/public_bodies.csv").forEach(r -> {
            Body b = new Body(r.get("name"), r.get("kind"), r.get("email_domain"));
            switch (b.kind()) {
                case "national_agency" -> agencies.add(b);
                case "region" -> regions.add(b);
                case "county_board" -> boards.add(b);
                case "university" -> universities.add(b);
                default -> { }
            }
        });
        // The agencies most projects work with come first, so the long tail starts with them.
        List<String> common = List.of("Arbetsförmedlingen", "Försäkringskassan", "Migrationsverket", "Skolverket",
                "Kriminalvården", "Myndigheten för yrkeshögskolan", "Tillväxtverket");
        agencies.sort(java.util.Comparator.comparingInt((Body b) -> {
            int i = common.indexOf(b.name());
            return i < 0 ? common.size() : i;
        }));
        return new GeneratorData(List.copyOf(places), List.copyOf(agencies), List.copyOf(regions),
                List.copyOf(boards), List.copyOf(universities));
    }
}
