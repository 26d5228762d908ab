package se.esfkg.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts section text into sentences for evidence quotes and for the rules that look at a phrase's
 * sentence. A line break always ends a sentence (inline sub-headings and bullets stand on lines
 * of their own); {@code . ! ?} end one only before an upper-case letter, a digit, a quote or a
 * dash, so that abbreviations such as {@code t.ex.} and {@code bl.a.} do not cut a sentence; a full
 * stop with no space before an upper-case letter ends one too ("omsorgen.Vilket").
 */
final class Sentences {

    /** Start (inclusive) and end (exclusive) of one sentence, without surrounding white space. */
    record Span(int start, int end) {

        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private Sentences() {
    }

    static List<Span> of(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || (c == '.' || c == '!' || c == '?') && startsNewSentence(text, i + 1);
            if (end) {
                add(spans, text, start, c == '\n' ? i : i + 1);
                start = i + 1;
            }
        }
        add(spans, text, start, text.length());
        return spans;
    }

    static Span around(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (s.contains(offset)) {
                return s;
            }
        }
        throw new IllegalArgumentException("offset outside every sentence: " + offset);
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
