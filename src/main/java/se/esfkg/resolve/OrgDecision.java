package se.esfkg.resolve;

import java.util.Objects;
import se.esfkg.problem.SourceLocation;

/**
 * One resolution: the name as the source wrote it, in which role, became organisation
 * {@code organisationId} by {@code rule} (a stable rule name such as {@code agency-local-office},
 * {@code municipal-department-by-email-domain}, {@code alias-file}, {@code unresolved-own-organisation}),
 * using {@code evidence} beyond the name (an e-mail domain, a postal code, an area code, a region;
 * never a person's address or number), empty when the name alone decided.
 */
public record OrgDecision(Role role, String nameAsWritten, SourceLocation location, String organisationId,
        String rule, String evidence) {

    public OrgDecision(Role role, String nameAsWritten, SourceLocation location, String organisationId, String rule) {
        this(role, nameAsWritten, location, organisationId, rule, "");
    }

    public OrgDecision {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nameAsWritten, "nameAsWritten");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
    }
}
