package se.esfkg.web.resource;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import se.esfkg.serve.Generation;
import se.esfkg.serve.LiveData;
import se.esfkg.web.DescriptionCacheSettings;

/**
 * Resource descriptions as they were sent, for the live database only. A description is a function of
 * the generation, the resource, the representation, the language and the page (and the address the site
 * was reached at, which its links are relative to), so the bytes rendered
 * once can be sent again until a load makes another generation live; then every entry is dropped. The
 * generation is part of the key as well, so a page still rendering from the old database when the switch
 * happens is never served under the new one.
 *
 * <p>Bounded by bytes (least recently used go first). Hits, misses and evictions are Micrometer's cache
 * metrics under the name {@code esf.descriptions} ({@code cache_gets_total{cache="esf.descriptions"}} in
 * {@code /actuator/prometheus}); each response also says {@code X-ESF-Cache: hit} or {@code miss}.
 */
@Component
public final class RenderedDescriptions {

    /** The response header naming whether a description came from the cache. */
    public static final String HEADER = "X-ESF-Cache";

    /**
     * Identifies one rendered description. {@code site} is the scheme, host, port and context path the
     * request was addressed to (a trusted proxy may rewrite them, and pages link relative to them).
     */
    record Key(String generation, String site, String iri, String representation, String language, int page) {

        static Key of(Generation g, HttpServletRequest request, String iri, String representation, String language,
                int page) {
            String site = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                    + request.getContextPath();
            return new Key(g.id() + "@" + g.liveSince().toEpochMilli(), site, iri, representation, language, page);
        }
    }

    /** What was sent: its media type, body and the {@code Link} headers to its neighbouring pages. */
    record Rendered(String contentType, byte[] body, List<String> pageLinks) {

        Rendered {
            pageLinks = List.copyOf(pageLinks);
        }
    }

    private final Cache<Key, Rendered> cache;

    RenderedDescriptions(DescriptionCacheSettings settings, LiveData live, MeterRegistry registry) {
        long max = settings.maxSize().toBytes();
        this.cache = max == 0 ? null : Caffeine.newBuilder()
                .maximumWeight(max)
                .weigher((Key k, Rendered r) -> r.body().length + k.iri().length() * 2 + 64)
                .recordStats()
                .build();
        if (cache != null) {
            CaffeineCacheMetrics.monitor(registry, cache, "esf.descriptions");
            // Told of every switch (and failed switch): the old generation's pages are never asked for again.
            live.onSwitch(message -> cache.invalidateAll());
        }
    }

    boolean enabled() {
        return cache != null;
    }

    Optional<Rendered> find(Key key) {
        return cache == null ? Optional.empty() : Optional.ofNullable(cache.getIfPresent(key));
    }

    void keep(Key key, Rendered rendered) {
        if (cache != null) {
            cache.put(key, rendered);
        }
    }
}
