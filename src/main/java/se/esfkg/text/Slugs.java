package se.esfkg.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Readable IRI path segments, one rule for every minted id (docs/model.md): lower case, å/ä to a,
 * ö to o, æ to ae, ø to o, ß to ss, other accents dropped (é to e), every other run of characters
 * that are not ASCII letters or digits to one hyphen: {@code Samverkan utan gränser} →
 * {@code samverkan-utan-granser}.
 */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    /** The slug; empty when the text has no letter or digit. */
    public static String of(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("ß", "ss");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        return EDGE_HYPHENS.matcher(SEPARATORS.matcher(folded).replaceAll("-")).replaceAll("");
    }

    /** A path segment that is never empty: the slug, or {@code x} when there is none. */
    public static String segment(String text) {
        String slug = of(text);
        return slug.isEmpty() ? "x" : slug;
    }
}
