package se.esfkg.resolve.organisation;

import java.util.List;
import java.util.Optional;

/** A national agency or university of {@code reference/public_bodies.csv} by name, under its alias id where it has one. */
record PublicBodyName(OrganisationKnowledge knowledge) implements OrganisationRule {

    @Override
    public Optional<Resolution> decide(NameOnPage name) {
        return knowledge.publicBody(name.key())
                .map(b -> new Resolution(knowledge.bodyOrganisation(b), List.of(), RuleNames.PUBLIC_BODY));
    }
}
