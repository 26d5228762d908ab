package se.esfkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one sentence rule: cuts section text into sentences for evidence quotes, for the classifier's
 * rules that look at a phrase's sentence, and for the sentence a municipality mention is quoted in. A line break always ends a sentence (inline sub-headings and bullets stand on lines
 * of their own); {@code . ! ?} end one only before an upper-case letter, a digit, a quote or a
 * dash, so that abbreviations such as {@code t.ex.} and {@code bl.a.} do not cut a sentence; a full
 * stop with no space before an upper-case letter ends one too ("omsorgen.Vilket").
 */
public final class Sentences {

    /** Start (inclusive) and end (exclusive) of one sentence, without surrounding white space. */
    public record Span(int start, int end) {

        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private Sentences() {
    }

    public static List<Span> of(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (endsSentence(text, i)) {
                add(spans, text, start, c == '\n' ? i : i + 1);
                start = i + 1;
            }
        }
        add(spans, text, start, text.length());
        return spans;
    }

    public static Span around(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (s.contains(offset)) {
                return s;
            }
        }
        throw new IllegalArgumentException("offset outside every sentence: " + offset);
    }

    /**
     * The sentence around {@code offset}, by the same rule as {@link #of}, looking at most
     * {@code reach} characters either side: the cost per call is constant, so quoting the sentence of
     * every hit in a long text stays linear in its length. A sentence longer than that is cut.
     */
    public static String around(String text, int offset, int reach) {
        int from = Math.max(0, offset - reach);
        for (int i = offset - 1; i >= Math.max(0, offset - reach); i--) {
            if (endsSentence(text, i)) {
                from = i + 1;
                break;
            }
        }
        int to = Math.min(text.length(), offset + reach);
        for (int i = offset; i < Math.min(text.length(), offset + reach); i++) {
            if (endsSentence(text, i)) {
                to = text.charAt(i) == '\n' ? i : i + 1;
                break;
            }
        }
        return text.substring(from, Math.max(from, to)).strip();
    }

    /** Whether the character at {@code i} ends a sentence: a line break, or {@code . ! ?} before a new one. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '.' || c == '!' || c == '?') && startsNewSentence(text, i + 1);
    }

    private static boolean startsNewSentence(String text, int from) {
        int i = from;
        if (i < text.length() && runOn(text, from)) {
            return true;
        }
        if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
            return i >= text.length();
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return true;
        }
        char next = text.charAt(i);
        return Character.isUpperCase(next) || Character.isDigit(next)
                || "\"”“'(–-•".indexOf(next) >= 0;
    }

    /**
     * Pasted page text often loses the space after a full stop ("familjeomsorgen.Vilket innebär"):
     * a full stop between a lower-case word of two letters or more and an upper-case letter ends a
     * sentence. Abbreviations ("t.ex.", "bl.a.") are lower-case on both sides and stay whole.
     */
    private static boolean runOn(String text, int from) {
        int stop = from - 1;
        return text.charAt(stop) == '.' && stop >= 2
                && Character.isLowerCase(text.charAt(stop - 1)) && Character.isLetter(text.charAt(stop - 2))
                && Character.isUpperCase(text.charAt(from));
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            spans.add(new Span(s, e));
        }
    }
}
