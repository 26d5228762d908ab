package se.esfkg.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisations shared by the resolvers; one place so that every lookup agrees on a key. */
final class Names {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Names() {
    }

    /**
     * Lookup key: lower case, hyphens and dashes read as spaces (pages write both
     * {@code Upplands-Väsby} and {@code Upplands Väsby}), white space collapsed, trailing dots and
     * commas dropped.
     */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(SWEDISH)
                .replace('\u00A0', ' ').replaceAll("[-\u2010\u2011\u2012\u2013\u2014]", " ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        while (!s.isEmpty() && (s.endsWith(".") || s.endsWith(","))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** Id slug per docs/model.md: å/ä to a, ö to o, é to e, other runs of non-alphanumerics to one hyphen. */
    static String slug(String text) {
        String s = Normalizer.normalize(text.toLowerCase(SWEDISH), Normalizer.Form.NFD);
        s = COMBINING.matcher(s).replaceAll("");
        s = NON_ALNUM.matcher(s).replaceAll("-");
        s = s.replaceAll("^-+|-+$", "");
        if (s.isEmpty() && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            // A name in another script (Кооператив, 協会) has no Latin slug: a stable hash names it.
            return "x-" + java.util.HexFormat.of().formatHex(sha256(clean(text).toLowerCase(SWEDISH)), 0, 6);
        }
        return s;
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** E-mail domain folding: the slug without any separators ({@code Malung-Sälen} to {@code malungsalen}). */
    static String fold(String text) {
        return slug(text).replace("-", "");
    }

    /** Collapses white space and trims, keeping case: the label form of a written name. */
    static String clean(String name) {
        return SPACES.matcher(name.replace('\u00A0', ' ')).replaceAll(" ").strip();
    }
}
