package se.esfkg.resolve;

import java.util.Optional;

/**
 * An ESF programme region: one of Sweden's eight NUTS-2 regions ({@code id} = NUTS code, e.g.
 * {@code SE33}), or the national scope written {@code ESF Nationellt} ({@code id} = {@code national},
 * no NUTS code).
 */
public record EsfRegion(String id, String nameSv, String nameEn, Optional<String> nutsCode) {

    public static final String NATIONAL_ID = "national";

    public boolean isNational() {
        return nutsCode.isEmpty();
    }
}
