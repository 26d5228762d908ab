package se.esfkg.resolve.organisation;

import java.util.Optional;

/** The key is a row of a user's alias file ({@code --aliases}): that row's organisation, before every other rule. */
final class UserAlias implements OrganisationRule {

    private final OrganisationKnowledge knowledge;
    private final Units units;

    UserAlias(OrganisationKnowledge knowledge, Units units) {
        this.knowledge = knowledge;
        this.units = units;
    }

    @Override
    public Optional<Resolution> decide(NameOnPage name) {
        return knowledge.userAlias(name.key()).map(a -> units.fromAlias(a, RuleNames.USER_ALIAS));
    }
}
