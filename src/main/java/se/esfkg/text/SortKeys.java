package se.esfkg.text;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The key a list is ordered by: a name in lower case, compared as Java compares strings (the order
 * SPARQL's {@code ORDER BY LCASE(STR(?name))} gives in Jena), and the key's first two characters, which
 * name the small graph the key is kept in.
 */
public final class SortKeys {

    /** Characters of a key that choose its graph: two keep a graph at a few thousand keys at 100,000 projects. */
    public static final int PREFIX_LENGTH = 2;

    private SortKeys() {
    }

    public static String of(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The first {@link #PREFIX_LENGTH} code points: keys in order have their prefixes in order. */
    public static String prefix(String key) {
        return key.substring(0, key.offsetByCodePoints(0, Math.min(PREFIX_LENGTH, key.codePointCount(0, key.length()))));
    }

    /** The prefix as an IRI segment: its UTF-8 bytes in hex, so any character is safe and stable. */
    public static String hex(String prefix) {
        return prefix.isEmpty() ? "empty" : HexFormat.of().formatHex(prefix.getBytes(StandardCharsets.UTF_8));
    }
}
