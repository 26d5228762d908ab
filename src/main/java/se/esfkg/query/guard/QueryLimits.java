package se.esfkg.query.guard;

import java.time.Duration;
import java.util.Set;

/**
 * What one SPARQL query may spend on the public endpoint.
 *
 * @param timeout           wall-clock limit of a query, regular expressions and property paths included
 * @param maxQueryBytes     a request whose query text is longer is refused before parsing (HTTP 413)
 * @param regexSteps        characters one REGEX or REPLACE call may read, backtracking included; a
 *                          pattern that needs more is refused with a message (HTTP 422), whatever
 *                          the timeout
 * @param serviceAllowList  SPARQL endpoints a {@code SERVICE} clause may call; empty means none
 */
public record QueryLimits(Duration timeout, long maxQueryBytes, long regexSteps, Set<String> serviceAllowList) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_QUERY_BYTES = 100_000;
    /** About half a second of matching on this machine: far above what a sane pattern needs on a page. */
    public static final long DEFAULT_REGEX_STEPS = 50_000_000;

    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxQueryBytes <= 0 || regexSteps <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        serviceAllowList = Set.copyOf(serviceAllowList);
    }

    public static QueryLimits defaults() {
        return new QueryLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_QUERY_BYTES, DEFAULT_REGEX_STEPS, Set.of());
    }

    public QueryLimits withTimeout(Duration t) {
        return new QueryLimits(t, maxQueryBytes, regexSteps, serviceAllowList);
    }

    public QueryLimits withMaxQueryBytes(long bytes) {
        return new QueryLimits(timeout, bytes, regexSteps, serviceAllowList);
    }

    public QueryLimits withRegexSteps(long steps) {
        return new QueryLimits(timeout, maxQueryBytes, steps, serviceAllowList);
    }

    public QueryLimits withServiceAllowList(Set<String> endpoints) {
        return new QueryLimits(timeout, maxQueryBytes, regexSteps, endpoints);
    }
}
