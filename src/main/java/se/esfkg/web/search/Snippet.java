package se.esfkg.web.search;

import java.text.Normalizer;
import java.util.List;

/**
 * A short passage of a matching text with the first word that matched marked: {@code before},
 * {@code match}, {@code after} are plain text (the template escapes them and wraps {@code match} in
 * {@code <mark>}). Words compare as the index does, loosely: case and diacritics folded, and a query
 * word matches any word that starts with its stem-sized prefix ({@code företagande} ~ {@code företaget}).
 */
public record Snippet(String before, String match, String after) {

    private static final int CONTEXT = 110;

    public static Snippet of(String text, List<String> queryWords) {
        if (text == null || text.isBlank()) {
            return new Snippet("", "", "");
        }
        String folded = fold(text);
        int bestStart = -1;
        int bestEnd = -1;
        for (String word : queryWords) {
            String w = fold(word);
            if (w.length() < 2) {
                continue;
            }
            String prefix = w.length() > 5 ? w.substring(0, Math.max(4, w.length() - 3)) : w;
            int at = indexOfWordStart(folded, prefix);
            if (at >= 0 && (bestStart < 0 || at < bestStart)) {
                bestStart = at;
                bestEnd = wordEnd(text, at);
            }
        }
        if (bestStart < 0) {
            String head = text.length() > 2 * CONTEXT ? text.substring(0, 2 * CONTEXT).stripTrailing() + " …" : text;
            return new Snippet(head, "", "");
        }
        int from = Math.max(0, bestStart - CONTEXT);
        int to = Math.min(text.length(), bestEnd + CONTEXT);
        String before = (from > 0 ? "… " : "") + text.substring(from, bestStart);
        String after = text.substring(bestEnd, to) + (to < text.length() ? " …" : "");
        return new Snippet(before, text.substring(bestStart, bestEnd), after);
    }

    /** The words of a query, without Lucene's operators and quotes. */
    public static List<String> words(String query) {
        return List.of(query.replaceAll("[\"'()*?~^:+\\-\\[\\]{}!/\\\\]", " ").trim().split("\\s+")).stream()
                .filter(w -> !w.isEmpty() && !List.of("AND", "OR", "NOT").contains(w))
                .toList();
    }

    private static int indexOfWordStart(String folded, String prefix) {
        int from = 0;
        while (true) {
            int at = folded.indexOf(prefix, from);
            if (at < 0) {
                return -1;
            }
            if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
                return at;
            }
            from = at + 1;
        }
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return end;
    }

    /** Lower case with diacritics removed, one char per char so positions stay the same. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String c = Normalizer.normalize(String.valueOf(s.charAt(i)), Normalizer.Form.NFD);
            out.append(Character.toLowerCase(c.charAt(0)));
        }
        return out.toString();
    }
}
