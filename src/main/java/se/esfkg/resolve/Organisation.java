package se.esfkg.resolve;

import java.util.Objects;
import java.util.Optional;

/**
 * A resolved organisation. {@code id} is a stable path below the data base IRI, made only of
 * {@code [a-z0-9-/]}: {@code municipality/2481} for a municipality itself,
 * {@code organisation/arbetsformedlingen} for an agency, {@code organisation/arbetsformedlingen/lycksele}
 * for its local office, {@code organisation/municipality-2481/arbetsmarknadsenheten} for a municipal
 * department. {@code parentId} is the organisation this one is a unit of. {@code wikidata} is the
 * organisation's Wikidata item ({@code Q3440237}) where the reference data knows it.
 */
public record Organisation(String id, String name, OrgKind kind, Optional<String> parentId,
        Optional<String> municipalityCode, Optional<String> orgNumber, Optional<String> wikidata) {

    public Organisation(String id, String name, OrgKind kind, Optional<String> parentId,
            Optional<String> municipalityCode, Optional<String> orgNumber) {
        this(id, name, kind, parentId, municipalityCode, orgNumber, Optional.empty());
    }

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(wikidata, "wikidata");
        if (!id.matches("[a-z0-9]+(?:[-/][a-z0-9]+)*")) {
            throw new IllegalArgumentException("organisation id is not a clean path: " + id);
        }
    }
}
