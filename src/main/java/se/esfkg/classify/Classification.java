package se.esfkg.classify;

import java.util.List;
import java.util.Objects;

/**
 * One concept assigned to a project, with all evidence found for it.
 *
 * @param conceptIri the SKOS concept, e.g. {@code https://w3id.org/esf-kg/def/cooperation-model/one-way-in}
 */
public record Classification(String conceptIri, List<Evidence> evidence) {

    public Classification {
        Objects.requireNonNull(conceptIri, "conceptIri");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a classification needs evidence: " + conceptIri);
        }
    }
}
