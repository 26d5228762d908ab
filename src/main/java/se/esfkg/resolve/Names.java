package se.esfkg.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import se.esfkg.text.Slugs;

/** Name normalisations shared by the resolvers; one place so that every lookup agrees on a key. */
public final class Names {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    /**
     * Lookup key: lower case, hyphens and dashes read as spaces (pages write both
     * {@code Upplands-Väsby} and {@code Upplands Väsby}), white space collapsed, trailing dots and
     * commas dropped.
     */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(SWEDISH)
                .replace('\u00A0', ' ').replaceAll("[-\u2010\u2011\u2012\u2013\u2014]", " ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        while (!s.isEmpty() && (s.endsWith(".") || s.endsWith(","))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** E-mail domain folding: the slug without any separators ({@code Malung-Sälen} to {@code malungsalen}). */
    public static String fold(String text) {
        return Slugs.of(text).replace("-", "");
    }

    /**
     * What {@code lookup} finds for a domain or, failing that, its nearest parent domain
     * ({@code socialtjanst.lycksele.se}, then {@code lycksele.se}); a bare top-level domain is never tried.
     */
    public static <T> Optional<T> inDomainOrParent(String domain, Function<String, T> lookup) {
        String d = domain;
        while (true) {
            T found = lookup.apply(d);
            if (found != null) {
                return Optional.of(found);
            }
            int dot = d.indexOf('.');
            if (dot < 0 || d.indexOf('.', dot + 1) < 0) {
                return Optional.empty();
            }
            d = d.substring(dot + 1);
        }
    }

    /** Collapses white space and trims, keeping case: the label form of a written name. */
    public static String clean(String name) {
        return SPACES.matcher(name.replace('\u00A0', ' ')).replaceAll(" ").strip();
    }
}
