package se.esfkg.web.site;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Picking and ordering labels for people. */
public final class Labels {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private Labels() {
    }

    /** The first of the given labels that exists, else the IRI's last part. */
    public static String first(String iri, String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        if (iri == null) {
            return "";
        }
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }

    /**
     * A unit's name with its parent's when the name alone does not say whose it is:
     * "Arbetsmarknadsenheten, Lycksele kommun", but "Arbetsförmedlingen Lycksele" as it stands.
     */
    public static String withParent(String name, String parentName) {
        if (parentName == null || parentName.isBlank()) {
            return name;
        }
        String parentCore = parentName.replaceFirst("(?i)\\s+kommun$", "");
        if (name.toLowerCase(SWEDISH).contains(parentCore.toLowerCase(SWEDISH))) {
            return name;
        }
        return name + ", " + parentName;
    }

    /** Swedish alphabetical order (å, ä, ö after z), which suits the Swedish names in both languages. */
    public static Comparator<String> order() {
        Collator collator = Collator.getInstance(SWEDISH);
        return collator::compare;
    }
}
