package se.esfkg.resolve.organisation;

import java.util.List;
import java.util.Optional;
import se.esfkg.resolve.Names;

/**
 * {@code Utbildningsförvaltningen, Malmö stad}, {@code Enheten för analys, Socialstyrelsen},
 * {@code Kvarnbygdens Folkhögskola, Avdelning Norr}: one comma part names an organisation by itself,
 * the other a unit of it, in either order. The organisation is read by the rules that need no page.
 */
record UnitBesideItsOrganisation(Units units, List<OrganisationRule> byItself) implements OrganisationRule {

    UnitBesideItsOrganisation {
        byItself = List.copyOf(byItself);
    }

    @Override
    public Optional<Resolution> decide(NameOnPage written) {
        String name = written.name();
        int comma = name.lastIndexOf(',');
        // "Länsstyrelsen, Luleå": a town after a county board names its county, not an organisation.
        if (comma <= 0 || comma == name.length() - 1 || Names.key(name).startsWith("länsstyrelsen")) {
            return Optional.empty();
        }
        String head = name.substring(0, comma).strip();
        String tail = name.substring(comma + 1).strip();
        Optional<Resolution> org = named(tail);
        String unit = head;
        if (org.isEmpty()) {
            org = named(head);
            unit = tail;
        }
        if (org.isEmpty() || org.get().organisation().kind().isUnit()) {
            return org.filter(o -> o.organisation().kind().isUnit())
                    .map(o -> new Resolution(o.organisation(), o.parents(), RuleNames.UNIT_OF_NAMED));
        }
        return Optional.of(units.unitOfAny(org.get().organisation(), name, unit, RuleNames.UNIT_OF_NAMED));
    }

    private Optional<Resolution> named(String part) {
        return OrganisationRule.firstAnswer(byItself, NameOnPage.alone(part));
    }
}
