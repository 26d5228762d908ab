package se.esfkg.resolve.organisation;

import java.util.Optional;

/** {@code Arbetsmarknadsenheten} with the beneficiary's postal code (layout C): a department of that municipality. */
record DepartmentByPostalCode(OrganisationKnowledge knowledge, Units units) implements OrganisationRule {

    @Override
    public Optional<Resolution> decide(NameOnPage written) {
        Optional<String> postalCode = written.page().postalCode();
        if (knowledge.departmentWord(written.key()).isEmpty() || postalCode.isEmpty()) {
            return Optional.empty();
        }
        return knowledge.municipalityByPostalCode(postalCode.get())
                .map(m -> units.municipalUnit(m, written.name(), written.key(), RuleNames.DEPARTMENT_BY_POSTAL_CODE)
                        .withEvidence("postal code " + OrganisationKnowledge.digits(postalCode.get())));
    }
}
