package se.esfkg.resolve.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.esfkg.resolve.Municipality;
import se.esfkg.resolve.Names;
import se.esfkg.resolve.OrgKind;
import se.esfkg.resolve.Organisation;
import se.esfkg.resolve.organisation.OrganisationAliases.Alias;
import se.esfkg.text.Slugs;

/** How the rules build an answer: an alias's organisation with its ancestors, or a unit of an organisation. */
final class Units {

    private final OrganisationKnowledge knowledge;

    Units(OrganisationKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    Resolution fromAlias(Alias a, String rule) {
        Organisation o = knowledge.organisation(a);
        return new Resolution(o, knowledge.ancestors(o), rule);
    }

    /** A unit {@code <parent id>/<slug of unit name>} of the given kind. */
    Resolution unitOf(Organisation parent, OrgKind kind, String label, String unitName, String rule) {
        List<Organisation> chain = new ArrayList<>(knowledge.ancestors(parent));
        chain.add(parent);
        Organisation unit = new Organisation(parent.id() + "/" + Slugs.of(unitName), label, kind,
                Optional.of(parent.id()), parent.municipalityCode(), Optional.empty());
        return new Resolution(unit, chain, rule);
    }

    /** A unit of any organisation: municipal, regional and agency units get ids of their own; others are the organisation. */
    Resolution unitOfAny(Organisation parent, String label, String unit, String rule) {
        return switch (parent.kind()) {
            case MUNICIPALITY -> municipalUnit(knowledge.reference().municipality(parent.municipalityCode().orElseThrow())
                    .orElseThrow(), label, unit, rule);
            case REGION -> unitOf(parent, OrgKind.REGION_UNIT, label, knowledge.definite(Names.key(unit)), rule);
            case NATIONAL_AGENCY, COUNTY_ADMINISTRATIVE_BOARD -> unitOf(parent, OrgKind.AGENCY_UNIT, label,
                    knowledge.definite(Names.key(unit)), rule);
            default -> new Resolution(parent, knowledge.ancestors(parent), rule);
        };
    }

    /** A municipal department, its id in the definite form ({@code …enhet} and {@code …enheten} are one). */
    Resolution municipalUnit(Municipality m, String label, String department, String rule) {
        Organisation parent = knowledge.municipalityOrganisation(m);
        Organisation unit = new Organisation("organisation/municipality-" + m.code() + "/"
                + Slugs.of(knowledge.definite(Names.key(department))), label, OrgKind.MUNICIPAL_UNIT,
                Optional.of(parent.id()), Optional.of(m.code()), Optional.empty());
        return new Resolution(unit, List.of(parent), rule);
    }
}
