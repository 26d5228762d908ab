package se.esfkg.resolve.organisation;

import java.util.Optional;
import se.esfkg.resolve.Municipality;
import se.esfkg.resolve.Names;
import se.esfkg.resolve.OrgKind;
import se.esfkg.resolve.organisation.OrganisationAliases.Alias;

/**
 * {@code Org, Enhet}: a unit of whatever {@code Org} resolves to, when that can have units:
 * {@code Luleå kommun, Arbetsmarknadsförvaltningen} (a municipal department),
 * {@code Arbetsförmedlingen, Lycksele} (a local office), {@code Region Norrbotten, Regional utveckling}.
 */
record OrganisationCommaUnit(OrganisationKnowledge knowledge, Units units, RegionName regions) implements OrganisationRule {

    @Override
    public Optional<Resolution> decide(NameOnPage written) {
        String name = written.name();
        int comma = name.indexOf(',');
        if (comma <= 0 || comma == name.length() - 1) {
            return Optional.empty();
        }
        String head = name.substring(0, comma).strip();
        String tail = name.substring(comma + 1).strip();
        Optional<Municipality> m = knowledge.municipalities().resolve(head);
        if (m.isPresent()) {
            return Optional.of(units.municipalUnit(m.get(), tail, tail, RuleNames.DEPARTMENT_NAMED));
        }
        Optional<Alias> a = knowledge.alias(Names.key(head));
        if (a.isPresent() && a.get().units().isPresent()) {
            return Optional.of(units.unitOf(knowledge.organisation(a.get()), a.get().units().get(), name, tail,
                    RuleNames.LOCAL_OFFICE));
        }
        return regions.decide(NameOnPage.alone(head)).map(region ->
                units.unitOf(region.organisation(), OrgKind.REGION_UNIT, name, tail, RuleNames.REGION_UNIT));
    }
}
