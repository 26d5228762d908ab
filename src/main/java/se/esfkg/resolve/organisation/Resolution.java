package se.esfkg.resolve.organisation;

import java.util.List;
import se.esfkg.resolve.Organisation;

/**
 * The organisation a name stands for, its ancestors (outermost first), the rule that decided
 * ({@code agency-local-office}, the {@code OrgDecision.rule}) and the evidence beyond the name it used
 * (an e-mail domain, a postal code; empty when the name alone decided).
 */
public record Resolution(Organisation organisation, List<Organisation> parents, String rule, String evidence) {

    public Resolution {
        parents = List.copyOf(parents);
    }

    Resolution(Organisation organisation, List<Organisation> parents, String rule) {
        this(organisation, parents, rule, "");
    }

    Resolution withEvidence(String e) {
        return new Resolution(organisation, parents, rule, e);
    }

    Resolution withRule(String r) {
        return new Resolution(organisation, parents, r, evidence);
    }

    /** No rule knew the name: it is an organisation of its own, scoped to its page. */
    public boolean unresolved() {
        return rule.equals(RuleNames.UNRESOLVED);
    }

    /** A county administrative board whose county nothing on the page tells. */
    public boolean countyUnknown() {
        return rule.equals(RuleNames.COUNTY_BOARD_UNKNOWN);
    }
}
