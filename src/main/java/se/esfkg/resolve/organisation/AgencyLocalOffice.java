package se.esfkg.resolve.organisation;

import java.util.Optional;
import se.esfkg.resolve.organisation.OrganisationAliases.Alias;
import se.esfkg.text.Slugs;

/**
 * {@code <alias with units> <place>}: {@code Arbetsförmedlingen Lycksele}, {@code Arbetsförmedlingarna
 * Skaraborg}, {@code Ung Företagsamhet i Skaraborg}: a local unit of the alias's organisation.
 */
record AgencyLocalOffice(OrganisationKnowledge knowledge, Units units) implements OrganisationRule {

    @Override
    public Optional<Resolution> decide(NameOnPage name) {
        String key = name.key();
        for (Alias a : knowledge.aliasesWithUnits()) {
            if (key.startsWith(a.key() + " ")) {
                String rest = key.substring(a.key().length() + 1);
                rest = rest.startsWith("i ") ? rest.substring(2) : rest;
                if (!Slugs.of(rest).isEmpty()) {
                    return Optional.of(units.unitOf(knowledge.organisation(a), a.units().get(), name.name(), rest,
                            RuleNames.LOCAL_OFFICE));
                }
            }
        }
        return Optional.empty();
    }
}
