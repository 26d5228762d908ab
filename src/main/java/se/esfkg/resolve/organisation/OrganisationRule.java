package se.esfkg.resolve.organisation;

import java.util.Optional;

/**
 * One way of telling which organisation a written name is (docs/resolution.md). Empty when this rule
 * cannot tell; the first rule of {@link OrganisationResolver}'s list that answers decides.
 */
interface OrganisationRule {

    Optional<Resolution> decide(NameOnPage name);
}
