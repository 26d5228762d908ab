package se.esfkg.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.problem.ProblemReporter;
import se.esfkg.problem.SourceLocation;

/**
 * The Region value of a page to an {@link EsfRegion}: the eight NUTS-2 names of
 * {@code reference/nuts2.csv} (Swedish and English) plus the variants of
 * {@code resolve/region-aliases.csv} ({@code Småland och öarna}, {@code ESF Nationellt}).
 */
public final class RegionResolver {

    private final Map<String, EsfRegion> byKey = new HashMap<>();

    public RegionResolver(ReferenceData reference, KnowledgeBase knowledge) {
        for (EsfRegion r : reference.regions()) {
            byKey.put(Names.key(r.nameSv()), r);
            byKey.put(Names.key(r.nameEn()), r);
            byKey.put(Names.key(r.id()), r);
        }
        knowledge.table("resolve/region-aliases.csv").forEach(r -> byKey.put(Names.key(r.get("alias")),
                reference.region(r.get("id"))
                        .orElseThrow(() -> new IllegalArgumentException("unknown region id " + r.get("id")))));
    }

    public Optional<EsfRegion> resolve(String value) {
        return Optional.ofNullable(byKey.get(Names.key(value)));
    }

    /** As {@link #resolve(String)}, warning about a value that names no region. */
    public Optional<EsfRegion> resolve(String value, SourceLocation at, ProblemReporter problems) {
        Optional<EsfRegion> region = resolve(value);
        if (region.isEmpty()) {
            problems.warning(at, "unknown region \"" + value + "\"");
        }
        return region;
    }
}
