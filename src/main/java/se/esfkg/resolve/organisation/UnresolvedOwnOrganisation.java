package se.esfkg.resolve.organisation;

import java.util.List;
import java.util.Optional;
import se.esfkg.resolve.OrgKind;
import se.esfkg.resolve.Organisation;
import se.esfkg.text.Slugs;

/**
 * The last rule, which always answers: a name no rule knows is an organisation of its own, scoped to
 * its page ({@code organisation/source-<file stem>/<slug>}); the same words on two pages may be two bodies.
 */
final class UnresolvedOwnOrganisation implements OrganisationRule {

    @Override
    public Optional<Resolution> decide(NameOnPage written) {
        Organisation o = new Organisation("organisation/" + written.scope() + "/" + Slugs.of(written.key()),
                written.name(), OrgKind.OTHER, Optional.empty(), Optional.empty(), Optional.empty());
        return Optional.of(new Resolution(o, List.of(), RuleNames.UNRESOLVED));
    }
}
