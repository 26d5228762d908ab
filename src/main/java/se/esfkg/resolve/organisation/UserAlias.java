package se.esfkg.resolve.organisation;

import java.util.Optional;

/** The key is a row of a user's alias file ({@code --aliases}): that row's organisation, before every other rule. */
record UserAlias(OrganisationKnowledge knowledge, Units units) implements OrganisationRule {

    @Override
    public Optional<Resolution> decide(NameOnPage name) {
        return knowledge.userAlias(name.key()).map(a -> units.fromAlias(a, RuleNames.USER_ALIAS));
    }
}
