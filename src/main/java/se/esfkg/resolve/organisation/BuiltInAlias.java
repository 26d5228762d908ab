package se.esfkg.resolve.organisation;

import java.util.Optional;

/** The key is a row of {@code resolve/organisations.csv} (agencies, study associations, {@code Region Gotland}). */
final class BuiltInAlias implements OrganisationRule {

    private final OrganisationKnowledge knowledge;
    private final Units units;

    BuiltInAlias(OrganisationKnowledge knowledge, Units units) {
        this.knowledge = knowledge;
        this.units = units;
    }

    @Override
    public Optional<Resolution> decide(NameOnPage name) {
        return knowledge.builtInAlias(name.key()).map(a -> units.fromAlias(a, RuleNames.ALIAS));
    }
}
