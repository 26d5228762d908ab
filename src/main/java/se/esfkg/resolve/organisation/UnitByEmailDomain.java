package se.esfkg.resolve.organisation;

import java.util.Optional;

/**
 * {@code Avdelningen för regional utveckling} with {@code …@regionhalland.se}; {@code Förstudie Alfa,
 * Enheten för analys} with {@code …@socialstyrelsen.se}: a name no rule knows is a unit of the
 * organisation whose domain the owner's contact writes from (the last comma part is the unit; what
 * comes before it is often the project's own name).
 */
record UnitByEmailDomain(OrganisationKnowledge knowledge, Units units) implements OrganisationRule {

    @Override
    public Optional<Resolution> decide(NameOnPage written) {
        Optional<String> domain = written.page().emailDomain();
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        String name = written.name();
        String unit = name.contains(",") ? name.substring(name.lastIndexOf(',') + 1).strip() : name;
        return knowledge.byEmailDomain(domain.get()).map(o -> units.unitOfAny(o, name, unit, RuleNames.UNIT_BY_EMAIL)
                .withEvidence("e-mail domain " + domain.get()));
    }
}
