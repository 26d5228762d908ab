package se.esfkg.resolve.organisation;

import java.util.List;
import java.util.Optional;

/** {@code Länsstyrelsen i Norrbottens län}, {@code Länsstyrelsen Skåne}, {@code Skånes länsstyrelse}: the name gives the county. */
record CountyBoardName(OrganisationKnowledge knowledge) implements OrganisationRule {

    @Override
    public Optional<Resolution> decide(NameOnPage name) {
        String key = name.key();
        String rest;
        if (key.startsWith("länsstyrelsen ")) {
            rest = key.substring("länsstyrelsen ".length());
        } else if (key.endsWith(" länsstyrelse")) {
            rest = key.substring(0, key.length() - " länsstyrelse".length());
        } else {
            return Optional.empty();
        }
        rest = rest.startsWith("i ") ? rest.substring(2) : rest;
        return knowledge.county(rest.strip())
                .map(c -> new Resolution(knowledge.boardOf(c), List.of(), RuleNames.COUNTY_BOARD));
    }
}
