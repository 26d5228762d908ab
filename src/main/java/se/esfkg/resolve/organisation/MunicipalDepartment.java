package se.esfkg.resolve.organisation;

import java.util.Arrays;
import java.util.Optional;
import se.esfkg.resolve.Municipality;
import se.esfkg.resolve.MunicipalityResolver;

/**
 * A municipal department (a name ending in a word of {@code resolve/department-words.csv}):
 * {@code Lycksele kommuns arbetsmarknadsenhet} and {@code Socialförvaltningen i Lycksele kommun} name
 * their municipality; {@code Arbetsmarknadsenheten} alone belongs to the page's municipality (the
 * context), under the rule name that records how the page told it.
 */
record MunicipalDepartment(OrganisationKnowledge knowledge, Units units) implements OrganisationRule {

    @Override
    public Optional<Resolution> decide(NameOnPage written) {
        String name = written.name();
        String key = written.key();
        MunicipalityResolver municipalities = knowledge.municipalities();
        if (knowledge.departmentWord(key).isEmpty()) {
            // "Arbetsmarknadsenheten i Skellefteå": the department word ends the part before the place.
            int in = key.lastIndexOf(" i ");
            if (in > 0 && knowledge.departmentWord(key.substring(0, in)).isPresent()) {
                return municipalities.resolve(key.substring(in + 3))
                        .map(m -> units.municipalUnit(m, name, key.substring(0, in), RuleNames.DEPARTMENT_NAMED));
            }
            return Optional.empty();
        }
        String[] words = key.split(" ");
        for (int i = words.length - 1; i >= 1; i--) {
            String last = words[i - 1];
            if (last.equals("kommun") || last.equals("kommuns") || last.equals("stad") || last.equals("stads")) {
                String head = String.join(" ", Arrays.copyOf(words, i));
                Optional<Municipality> m = municipalities.resolve(head);
                if (m.isPresent()) {
                    String rest = String.join(" ", Arrays.copyOfRange(words, i, words.length));
                    return Optional.of(units.municipalUnit(m.get(), name, rest, RuleNames.DEPARTMENT_NAMED));
                }
            }
        }
        int in = key.lastIndexOf(" i ");
        if (in > 0) {
            Optional<Municipality> m = municipalities.resolve(key.substring(in + 3));
            if (m.isPresent()) {
                return Optional.of(units.municipalUnit(m.get(), name, key.substring(0, in), RuleNames.DEPARTMENT_NAMED));
            }
        }
        return written.context().map(c -> units.municipalUnit(c.municipality(), name, key, c.rule()));
    }
}
