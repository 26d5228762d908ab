package se.esfkg.resolve.organisation;

import java.util.List;
import java.util.Optional;

/**
 * One way of telling which organisation a written name is (docs/resolution.md). Empty when this rule
 * cannot tell; the first rule of {@link OrganisationResolver}'s list that answers decides.
 */
interface OrganisationRule {

    Optional<Resolution> decide(NameOnPage name);

    /** The answer of the first rule in the list that has one. */
    static Optional<Resolution> firstAnswer(List<OrganisationRule> rules, NameOnPage name) {
        for (OrganisationRule rule : rules) {
            Optional<Resolution> r = rule.decide(name);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }
}
