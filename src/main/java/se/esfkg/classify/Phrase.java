package se.esfkg.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A match phrase as written in the concept data ({@code en väg in}, {@code tvärprofessionell*}),
 * compiled once. It matches whole words only, ignoring case. A word written with a trailing
 * {@code *} may go on with any letters, because Swedish inflects and compounds by adding endings
 * ({@code tvärprofessionella}, {@code samordningsförbundet}); a leading {@code *} lets letters come
 * before the word, so that it may be the last part of a compound ({@code *förening*} matches
 * {@code Hyresgästföreningen}). A word {@code #} stands for a number ({@code år #}). Words are
 * separated by any run of white space within a line (page text doubles spaces at random) or by a
 * hyphen ({@code en väg in} matches {@code en-väg-in-modellen}), never by a line break, since a
 * line break ends a heading or a paragraph.
 */
public record Phrase(String text, Pattern pattern, String anchor, String segmentEnds) {

    // Letters and digits on either side mean the phrase stands inside another word.
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

    public Phrase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(segmentEnds, "segmentEnds");
    }

    public static Phrase of(String written) {
        String text = Normalizer.normalize(written.strip(), Normalizer.Form.NFC);
        if (text.isEmpty() || text.equals("*")) {
            throw new IllegalArgumentException("empty match phrase");
        }
        String[] words = text.split("\\s+");
        // A phrase that starts or ends with a sign (%) needs no word boundary on that side.
        StringBuilder regex = new StringBuilder(startsWithWordCharacter(words[0]) ? NOT_WORD_BEFORE : "");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                regex.append("(?:\\h*-\\h*|\\h+)");
            }
            if (w.equals("#")) {
                regex.append("\\p{N}+");
                continue;
            }
            boolean compoundTail = w.length() > 1 && w.startsWith("*");
            boolean anyEnding = w.length() > 1 && w.endsWith("*");
            String literal = w.substring(compoundTail ? 1 : 0, anyEnding ? w.length() - 1 : w.length());
            if (compoundTail) {
                regex.append("\\p{L}*");
            }
            regex.append(Pattern.quote(literal));
            if (anyEnding) {
                regex.append("\\p{L}*");
            }
        }
        if (endsWithWordCharacter(words[words.length - 1])) {
            regex.append(NOT_WORD_AFTER);
        }
        String anchor = anchor(words);
        return new Phrase(text, Pattern.compile(regex.toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), anchor, segmentEnds(text, anchor));
    }

    private static boolean startsWithWordCharacter(String word) {
        String w = word.startsWith("*") && word.length() > 1 ? word.substring(1) : word;
        return w.equals("#") || Character.isLetterOrDigit(w.codePointAt(0));
    }

    private static boolean endsWithWordCharacter(String word) {
        String w = word.endsWith("*") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
        return w.equals("#") || Character.isLetterOrDigit(w.codePointBefore(w.length()));
    }

    /** Characters no match of any phrase can hold, except where a phrase's own words hold them. */
    private static final String PUNCTUATION = "\n.,;:!?()[]\"";

    /**
     * The characters that end the stretch of text a match can lie in: a match is letters, digits,
     * horizontal white space, hyphens and the phrase's own characters, so the punctuation the phrase
     * does not hold ends it. Empty when the anchor cannot rule a stretch out (no anchor, or one whose
     * characters do not compare as they lower-case; see {@link Text}).
     */
    private static String segmentEnds(String text, String anchor) {
        if (anchor.isEmpty() || !foldsAsItLowerCases(anchor)) {
            return "";
        }
        StringBuilder ends = new StringBuilder();
        for (char c : PUNCTUATION.toCharArray()) {
            if (text.indexOf(c) < 0) {
                ends.append(c);
            }
        }
        return ends.toString();
    }

    /** Whether the phrase may match inside a compound, after letters of another word. */
    public boolean isCompoundTail() {
        return text.startsWith("*");
    }

    /** A place in a text where the phrase stands, with the words exactly as written there. */
    public record Match(Phrase phrase, int start, int end, String matched) {

        /** Whether letters of another word stand before the phrase's first word ({@code Hyresgäst|föreningen}). */
        public boolean insideCompound() {
            if (!phrase.isCompoundTail()) {
                return false;
            }
            String first = phrase.text().split("\\s+")[0].replace("*", "");
            return !matched.regionMatches(true, 0, first, 0, first.length());
        }
    }

    /**
     * The longest literal piece of the phrase, lower-cased: a text that does not contain it cannot
     * match, and a plain {@code contains} is far cheaper than the Unicode case-insensitive regex.
     */
    private static String anchor(String[] words) {
        String best = "";
        for (String w : words) {
            String literal = w.replace("*", "").replace("#", "");
            if (literal.length() > best.length()) {
                best = literal;
            }
        }
        return best.toLowerCase(java.util.Locale.ROOT);
    }

    /** Like {@link #findIn(String)}, for a caller that has {@code text} lower-cased already. */
    public List<Match> findIn(String text, String lowerCaseText) {
        if (!lowerCaseText.contains(anchor)) {
            return List.of();
        }
        return findIn(text);
    }

    /**
     * A text read by many phrases, lower-cased once. When every character of it compares under the
     * patterns' case-insensitive rule as it lower-cases, character for character, a phrase can match
     * only in a stretch between punctuation marks (see {@link #segmentEnds}) whose lower-cased form
     * holds its anchor, and only those stretches are searched; otherwise the whole text is, as before.
     */
    public record Text(String text, String lowerCase, boolean anchorsAligned) {

        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(lowerCase, "lowerCase");
        }

        /** {@code text} must already be NFC. */
        public static Text of(String text) {
            String lowerCase = text.toLowerCase(java.util.Locale.ROOT);
            return new Text(text, lowerCase, lowerCase.length() == text.length() && foldsAsItLowerCases(text));
        }
    }

    /**
     * Whether each character compares case-insensitively (Unicode case) the way it lower-cases: not
     * so for the few whose upper case folds elsewhere, such as {@code ſ} (matches {@code s}) or the
     * dotless {@code ı} (matches {@code i}).
     */
    private static boolean foldsAsItLowerCases(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && Character.toLowerCase(Character.toUpperCase(c)) != Character.toLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every occurrence in {@code text}, left to right: the same matches as {@link #findIn(String, String)},
     * found by searching only the stretches of text around the anchor's occurrences.
     */
    public List<Match> findIn(Text text) {
        String lowerCase = text.lowerCase();
        int at = lowerCase.indexOf(anchor);
        if (at < 0) {
            return List.of();
        }
        String whole = text.text();
        if (!text.anchorsAligned() || segmentEnds.isEmpty()) {
            return findIn(whole);
        }
        List<Match> found = new ArrayList<>();
        // Transparent bounds: the word-boundary look-arounds see past the stretch, as in a whole-text search.
        Matcher m = pattern.matcher(whole).useTransparentBounds(true).useAnchoringBounds(false);
        while (at >= 0) {
            int start = at;
            while (start > 0 && segmentEnds.indexOf(whole.charAt(start - 1)) < 0) {
                start--;
            }
            int end = at + anchor.length();
            while (end < whole.length() && segmentEnds.indexOf(whole.charAt(end)) < 0) {
                end++;
            }
            m.region(start, end);
            while (m.find()) {
                found.add(new Match(this, m.start(), m.end(), m.group()));
            }
            at = end >= whole.length() ? -1 : lowerCase.indexOf(anchor, end);
        }
        return found;
    }

    /** Every occurrence in {@code text} (which must already be NFC), left to right. */
    public List<Match> findIn(String text) {
        List<Match> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Match(this, m.start(), m.end(), m.group()));
        }
        return found;
    }

    public boolean occursIn(String text) {
        return pattern.matcher(text).find();
    }

    @Override
    public String toString() {
        return text;
    }
}
