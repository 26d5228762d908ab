package se.esfkg.map;

import java.text.Normalizer;
import java.util.Locale;

/** Readable IRI path segments: {@code Samverkan utan gränser} → {@code samverkan-utan-granser}. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String text) {
        String folded = text.toLowerCase(Locale.ROOT)
                .replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                .replace("æ", "ae").replace("ø", "o").replace("ß", "ss");
        // Remaining accents (é, ü, …) lose their marks; anything else becomes a separator.
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
