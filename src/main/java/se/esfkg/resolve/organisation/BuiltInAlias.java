package se.esfkg.resolve.organisation;

import java.util.Optional;

/** The key is a row of {@code resolve/organisations.csv} (agencies, study associations, {@code Region Gotland}). */
record BuiltInAlias(OrganisationKnowledge knowledge, Units units) implements OrganisationRule {

    @Override
    public Optional<Resolution> decide(NameOnPage name) {
        return knowledge.builtInAlias(name.key()).map(a -> units.fromAlias(a, RuleNames.ALIAS));
    }
}
