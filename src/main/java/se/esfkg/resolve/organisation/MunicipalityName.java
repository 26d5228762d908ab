package se.esfkg.resolve.organisation;

import java.util.List;
import java.util.Optional;

/** A municipality's name in any form the municipality resolver knows ({@code Stockholms stad}, {@code Lycksele}). */
record MunicipalityName(OrganisationKnowledge knowledge) implements OrganisationRule {

    @Override
    public Optional<Resolution> decide(NameOnPage name) {
        return knowledge.municipalities().resolve(name.key()).map(m ->
                new Resolution(knowledge.municipalityOrganisation(m), List.of(), RuleNames.MUNICIPALITY));
    }
}
