package se.esfkg.resolve.organisation;

import java.util.List;
import java.util.Optional;

/**
 * {@code Region Norrbotten}, {@code Landstinget i Värmland}, {@code Västerbottens läns landsting},
 * {@code Regionförbundet Kalmar län}: the region of the county named. County councils and regional
 * federations passed their tasks to the regions, so one organisation stands for all three.
 */
record RegionName(OrganisationKnowledge knowledge) implements OrganisationRule {

    private static final List<String> PREFIXES = List.of("region ", "landstinget i ", "landstinget ",
            "regionförbundet i ", "regionförbundet ");

    @Override
    public Optional<Resolution> decide(NameOnPage name) {
        String key = name.key();
        String county = null;
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix)) {
                county = key.substring(prefix.length());
                break;
            }
        }
        if (county == null && key.endsWith(" landsting")) {
            county = key.substring(0, key.length() - " landsting".length());
        }
        if (county == null) {
            return Optional.empty();
        }
        return knowledge.county(county.strip())
                .map(c -> new Resolution(knowledge.regionOf(c), List.of(), RuleNames.REGION));
    }
}
