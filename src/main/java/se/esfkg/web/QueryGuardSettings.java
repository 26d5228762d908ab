package se.esfkg.web;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import se.esfkg.query.guard.QueryLimits;

/**
 * The query guard's limits beyond the timeout, {@code esf.guard.*} (docs/reliability.md lists them).
 *
 * @param maxQueryBytes     a longer query is refused before parsing (HTTP 413)
 * @param regexSteps        characters one REGEX or REPLACE call may read, backtracking included
 * @param serviceAllowList  the SPARQL endpoints {@code SERVICE} may call; empty (the default) turns SERVICE off
 */
@ConfigurationProperties("esf.guard")
public record QueryGuardSettings(@DefaultValue("100000") long maxQueryBytes, @DefaultValue("50000000") long regexSteps,
        @DefaultValue List<String> serviceAllowList) {

    /** {@code limits} with these settings in place of its defaults. */
    public QueryLimits applyTo(QueryLimits limits) {
        return limits.withMaxQueryBytes(maxQueryBytes).withRegexSteps(regexSteps)
                .withServiceAllowList(Set.copyOf(serviceAllowList));
    }
}
