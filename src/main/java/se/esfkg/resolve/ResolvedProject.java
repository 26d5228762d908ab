package se.esfkg.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.esfkg.parse.ProjectRecord;

/**
 * A project record with its names resolved to stable identifiers.
 *
 * @param organisations    every organisation the project refers to, parents included, each once
 * @param decisions        one per name resolved (owner, each co-financer, each partner), in source order
 * @param municipalities   municipalities declared by the source (Kommun list), in source order
 * @param mentions         municipalities named in the text (layouts without a Kommun list)
 * @param ownerMunicipality the municipality the owner is, or is a department of
 */
public record ResolvedProject(ProjectRecord record, Optional<EsfRegion> region, List<Organisation> organisations,
        List<OrgDecision> decisions, List<Municipality> municipalities, List<MunicipalityMention> mentions,
        Optional<Municipality> ownerMunicipality) {

    public ResolvedProject {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(region, "region");
        organisations = List.copyOf(organisations);
        decisions = List.copyOf(decisions);
        municipalities = List.copyOf(municipalities);
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(ownerMunicipality, "ownerMunicipality");
    }

    public Optional<Organisation> organisation(String id) {
        return organisations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public List<OrgDecision> decisions(Role role) {
        return decisions.stream().filter(d -> d.role() == role).toList();
    }
}
