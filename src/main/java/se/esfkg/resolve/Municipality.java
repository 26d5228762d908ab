package se.esfkg.resolve;

import java.util.Optional;

/** A municipality (kommun) with its 4-digit SCB kommunkod, short name and county. */
public record Municipality(String code, String name, County county, Optional<String> wikidata) {

    /** The NUTS-2 region the municipality lies in, e.g. {@code SE33}. */
    public String nuts2() {
        return county.nuts2();
    }
}
