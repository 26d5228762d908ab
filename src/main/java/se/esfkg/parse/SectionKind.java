package se.esfkg.parse;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections the project bank publishes. {@link #OTHER} keeps a heading nobody foresaw as a
 * section of its own instead of dropping it; {@link #DESCRIPTION} is a body without any heading.
 */
public enum SectionKind {
    SUMMARY("summary", "Sammanfattning"),
    BACKGROUND("background", "Bakgrund"),
    PURPOSE("purpose", "Syfte"),
    OBJECTIVES("objectives", "Målsättning"),
    ACCESSIBILITY("accessibility", "Tillgänglighet för personer med funktionsnedsättning"),
    GENDER_EQUALITY("gender-equality", "Jämställdhetsintegrering"),
    TRANSNATIONAL("transnational-cooperation", "Transnationellt samarbete"),
    DESCRIPTION("description", ""),
    OTHER("other", "");

    private final String id;
    private final String swedishHeading;

    SectionKind(String id, String swedishHeading) {
        this.id = id;
        this.swedishHeading = swedishHeading;
    }

    /** Stable token used in IRIs and concept identifiers. */
    public String id() {
        return id;
    }

    public String swedishHeading() {
        return swedishHeading;
    }

    public static Optional<SectionKind> byHeading(String heading) {
        String h = heading.strip();
        return Arrays.stream(values())
                .filter(k -> !k.swedishHeading.isEmpty() && k.swedishHeading.equalsIgnoreCase(h))
                .findFirst();
    }
}
