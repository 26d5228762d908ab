package se.esfkg.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Readable IRI path segments, one rule for every minted id (docs/model.md): lower case, å/ä to a,
 * ö to o, æ to ae, ø to o, ß to ss, other accents dropped (é to e), every other run of characters
 * that are not ASCII letters or digits to one hyphen: {@code Samverkan utan gränser} →
 * {@code samverkan-utan-granser}.
 */
public final class Slugs {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    /**
     * The slug; empty when the text has no letter or digit. A name in another script
     * ({@code Кооператив}, {@code 協会}) has no Latin slug: {@code x-} and the first six bytes of the
     * SHA-256 of its white-space-collapsed lower case name it stably.
     */
    public static String of(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("ß", "ss");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        String slug = EDGE_HYPHENS.matcher(SEPARATORS.matcher(folded).replaceAll("-")).replaceAll("");
        if (slug.isEmpty() && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            String name = SPACES.matcher(text.replace('\u00A0', ' ')).replaceAll(" ").strip().toLowerCase(SWEDISH);
            return "x-" + HexFormat.of().formatHex(sha256(name), 0, 6);
        }
        return slug;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A path segment that is never empty: the slug, or {@code x} when there is none. */
    public static String segment(String text) {
        String slug = of(text);
        return slug.isEmpty() ? "x" : slug;
    }
}
