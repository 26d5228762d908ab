package se.esfkg.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The in-process cache of rendered resource descriptions, {@code esf.description-cache.*}
 * (docs/deploy.md, "Caching").
 *
 * @param maxSize the most bytes of rendered pages kept (least recently used go first); 0 turns the cache off
 */
@ConfigurationProperties("esf.description-cache")
public record DescriptionCacheSettings(@DefaultValue("128MB") DataSize maxSize) {

    public DescriptionCacheSettings {
        if (maxSize.isNegative()) {
            throw new IllegalArgumentException("esf.description-cache.max-size must not be negative: " + maxSize);
        }
    }
}
