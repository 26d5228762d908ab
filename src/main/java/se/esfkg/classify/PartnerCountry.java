package se.esfkg.classify;

import java.util.Objects;

/**
 * A country named as a transnational partner, identified by its EU authority-table code
 * ({@code FIN}, {@code NLD}, {@code DNK}, {@code ITA}), i.e.
 * {@code http://publications.europa.eu/resource/authority/country/FIN}.
 */
public record PartnerCountry(String euCountryCode, Evidence evidence) {

    public PartnerCountry {
        Objects.requireNonNull(euCountryCode, "euCountryCode");
        Objects.requireNonNull(evidence, "evidence");
    }
}
