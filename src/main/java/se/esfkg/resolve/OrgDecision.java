package se.esfkg.resolve;

import java.util.Objects;
import se.esfkg.problem.SourceLocation;

/**
 * One resolution: the name as the source wrote it, in which role, became organisation
 * {@code organisationId} by {@code rule} (a stable rule name such as {@code agency-local-office},
 * {@code municipal-department-by-email-domain}, {@code alias-file}, {@code unresolved-own-organisation}).
 */
public record OrgDecision(Role role, String nameAsWritten, SourceLocation location, String organisationId,
        String rule) {

    public OrgDecision {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nameAsWritten, "nameAsWritten");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(rule, "rule");
    }
}
