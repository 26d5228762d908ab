package se.esfkg.map;

import java.util.Objects;

/**
 * How the mapper writes: below which base, whether personal data (contact name, e-mail, phone)
 * goes out, and which converter version provenance names.
 */
public record MapperOptions(String base, boolean includePersonalData, String converterVersion) {

    public MapperOptions {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(converterVersion, "converterVersion");
    }

    public static MapperOptions defaults(String converterVersion) {
        return new MapperOptions(Esf.DEFAULT_BASE, false, converterVersion);
    }
}
