package se.esfkg.parse.layouta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import se.esfkg.parse.Layout;
import se.esfkg.parse.LayoutVocabulary;
import se.esfkg.parse.LayoutParser;
import se.esfkg.parse.ContactLabels;
import se.esfkg.parse.ListItem;
import se.esfkg.parse.PageFurniture;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.RecordSink;
import se.esfkg.parse.Section;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.ProblemReporter;
import se.esfkg.problem.SourceLocation;
import se.esfkg.source.SourceDocument;

/**
 * Reads the 2007–2013 programme pages (layout A, the seeds): label and value run together on one
 * line ({@code Projektperiod2014-01-02 till 2014-12-31}), then headed text sections, then bullet
 * lists of co-financers, partners and municipalities.
 */
public final class LayoutAParser implements LayoutParser {

    static final String TRUNCATION_NOTE = "All text fick ej plats se akten.";

    private static final LayoutVocabulary VOCABULARY = LayoutVocabulary.A;

    /**
     * A glued value starts with a capital or a digit; a lower-case letter continues a word of
     * prose ({@code Projektägaren}, {@code Programområdets}) in another layout's text.
     */
    private static final Pattern GLUED_FIELD =
            Pattern.compile("^(Programområde|Projektfas|Projektägare|Beviljat ESF-stöd|Projektperiod)[^:\\s\\p{Ll}].*");

    /** The headings of the bullet lists, keyed as {@link LayoutVocabulary#headingKey} compares them. */
    private static final Map<String, ListKind> LIST_HEADINGS = Map.of(
            LayoutVocabulary.headingKey("Medfinansiärer"), ListKind.CO_FINANCERS,
            LayoutVocabulary.headingKey("Samarbetspartners"), ListKind.PARTNERS,
            LayoutVocabulary.headingKey("Kommun"), ListKind.MUNICIPALITIES);

    private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪-]\\s+(.*)$");

    private enum ListKind { CO_FINANCERS, PARTNERS, MUNICIPALITIES }

    @Override
    public Layout layout() {
        return Layout.A;
    }

    @Override
    public boolean accepts(SourceDocument document) {
        return document.lines().stream().anyMatch(l -> GLUED_FIELD.matcher(l).matches());
    }

    @Override
    public void parse(SourceDocument doc, RecordSink sink, ProblemReporter problems) {
        List<String> lines = doc.lines();
        int firstField = firstFieldLine(lines);
        ProjectRecord.Builder b = PageFurniture.recordTitledAbove(doc, firstField, layout());

        int i = firstField;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (stripped.equals("In English") || endsFields(lines, i)) {
                break;
            }
            readField(doc, i, stripped, b, problems);
        }
        if (i < lines.size() && lines.get(i).strip().equals("In English")) {
            i++;
        }
        readBody(doc, lines, i, b, problems);
        sink.record(b.build());
    }

    private static int firstFieldLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (GLUED_FIELD.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private void readField(SourceDocument doc, int index, String line, ProjectRecord.Builder b,
            ProblemReporter problems) {
        Optional<String> label = VOCABULARY.labelSet().stream().filter(line::startsWith).findFirst();
        if (label.isEmpty()) {
            Optional<ContactLabels.Labelled> contact = ContactLabels.leading(line);
            if (contact.isPresent()) {
                // Personal data: into the contact, and the warning names the label only.
                b.contact(contact.get().field(), contact.get().value());
                problems.warning(doc.location(index + 1, contact.get().label()), "contact label \""
                        + contact.get().label() + "\" read as the contact's " + contact.get().field().name().toLowerCase(java.util.Locale.ROOT));
                return;
            }
            problems.warning(doc.location(index + 1, ""), "unknown field line kept out of the record \"" + line + "\"");
            return;
        }
        String value = line.substring(label.get().length()).strip();
        SourceLocation at = doc.location(index + 1, label.get());
        VOCABULARY.field(label.get()).orElseThrow().read(b, value, at, problems);
    }

    /**
     * Where the fields end: a line standing alone between blank lines that is a known heading or
     * shaped like one (the body of a page without the usual headings still starts there).
     */
    private static boolean endsFields(List<String> lines, int i) {
        String l = lines.get(i).strip();
        if (l.isEmpty() || !blankAbove(lines, i, 0) || !blankBelow(lines, i)) {
            return false;
        }
        return isKnownHeading(l) || (headingShaped(l) && !BULLET.matcher(lines.get(i)).matches());
    }

    private static boolean isKnownHeading(String l) {
        return VOCABULARY.heading(l).isPresent() || listKind(l) != null;
    }

    private static ListKind listKind(String l) {
        return LIST_HEADINGS.get(LayoutVocabulary.headingKey(l));
    }

    private static boolean blankAbove(List<String> lines, int i, int from) {
        return i == from || lines.get(i - 1).isBlank();
    }

    private static boolean blankBelow(List<String> lines, int i) {
        return i + 1 >= lines.size() || lines.get(i + 1).isBlank();
    }

    /**
     * Which body lines are headings, read from the page's structure rather than from the look of
     * one line. A known heading (any case, with or without a colon) opens a section when a blank
     * line stands above it; in capitals it also needs one below, since {@code SYFTE} on a line of
     * its own inside a section is an inline sub-heading. A line nobody listed opens a section only
     * when it is shaped like a heading, stands alone, comes after text rather than straight after
     * a heading, and has text below it: so a one-line paragraph under a heading
     * ({@code Sammanfattning} / {@code Se bilaga 2}) is that section's text, and a cut-off
     * sentence at the end of the page is text too. Banners and other page furniture standing alone
     * are neither.
     */
    private static boolean[] headings(List<String> lines, int from) {
        boolean[] heading = new boolean[lines.size()];
        boolean afterHeading = false;
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || isBanner(lines, i, from)) {
                continue;
            }
            boolean known = isKnownHeading(l) && blankAbove(lines, i, from)
                    && (blankBelow(lines, i) || !l.equals(l.toUpperCase(Locale.ROOT)));
            boolean unknown = !known && !afterHeading && blankAbove(lines, i, from) && blankBelow(lines, i)
                    && headingShaped(l) && !BULLET.matcher(lines.get(i)).matches() && textFollows(lines, i, from);
            heading[i] = known || unknown;
            afterHeading = heading[i];
        }
        return heading;
    }

    /** Whether the next line with content below {@code i} is text rather than a known heading. */
    private static boolean textFollows(List<String> lines, int i, int from) {
        for (int k = i + 1; k < lines.size(); k++) {
            String l = lines.get(k).strip();
            if (!l.isEmpty() && !isBanner(lines, k, from)) {
                return !isKnownHeading(l);
            }
        }
        return false;
    }

    /** Page furniture (a banner, the print logo) on a line of its own between sections. */
    private static boolean isBanner(List<String> lines, int i, int from) {
        return PageFurniture.isBanner(lines.get(i).strip()) && blankAbove(lines, i, from) && blankBelow(lines, i);
    }

    /**
     * Shaped like a heading: short, starting with a capital, not all capitals (those are
     * sub-headings inside a section), no closing punctuation.
     */
    private static boolean headingShaped(String l) {
        return l.length() <= 60 && l.split("\\s+").length <= 6
                && Character.isUpperCase(l.codePointAt(0))
                && !l.equals(l.toUpperCase(Locale.ROOT))
                && !l.matches(".*[.:;,!?)]$");
    }

    private void readBody(SourceDocument doc, List<String> lines, int from, ProjectRecord.Builder b,
            ProblemReporter problems) {
        boolean[] heading = headings(lines, from);
        int i = from;
        while (i < lines.size() && (lines.get(i).isBlank() || isBanner(lines, i, from))) {
            i++;
        }
        while (i < lines.size()) {
            if (!heading[i]) {
                problems.warning(doc.location(i + 1, ""), "text outside any section kept as a section of its own");
            }
            String headingText = heading[i] ? lines.get(i).strip() : "";
            int bodyStart = heading[i] ? i + 1 : i;
            int end = bodyStart;
            List<String> body = new ArrayList<>();
            while (end < lines.size() && !heading[end]) {
                if (isBanner(lines, end, from)) {
                    problems.warning(doc.location(end + 1, ""), "page furniture between sections left out");
                } else {
                    body.add(lines.get(end));
                }
                end++;
            }
            SourceLocation at = doc.location(i + 1, headingText);
            ListKind list = listKind(headingText);
            if (list != null) {
                readList(doc, lines, bodyStart, end, list, headingText, b, problems);
            } else {
                b.addSection(section(doc, headingText, body, at, problems));
            }
            i = end;
        }
    }

    private Section section(SourceDocument doc, String heading, List<String> body, SourceLocation at,
            ProblemReporter problems) {
        SectionKind kind = heading.isEmpty() ? SectionKind.DESCRIPTION
                : VOCABULARY.heading(heading).orElse(SectionKind.OTHER);
        if (kind == SectionKind.OTHER) {
            problems.warning(at, "unknown heading \"" + heading + "\" kept as a section of its own");
        }
        List<String> kept = new ArrayList<>();
        boolean truncated = false;
        for (String line : body) {
            if (line.strip().equals(TRUNCATION_NOTE)) {
                truncated = true;
            } else {
                kept.add(line.stripTrailing());
            }
        }
        String text = String.join("\n", kept).strip();
        if (text.isEmpty() && !truncated) {
            problems.warning(at, "empty section \"" + heading + "\" left out");
        }
        return new Section(heading, kind, text, "sv", truncated, at);
    }

    private void readList(SourceDocument doc, List<String> lines, int from, int to, ListKind kind, String heading,
            ProjectRecord.Builder b, ProblemReporter problems) {
        for (int k = from; k < to; k++) {
            String line = lines.get(k);
            if (line.isBlank()) {
                continue;
            }
            var m = BULLET.matcher(line);
            String item = m.matches() ? m.group(1).strip() : line.strip();
            if (!m.matches()) {
                problems.warning(doc.location(k + 1, heading), "list line without a bullet read as an item");
            }
            if (item.isEmpty()) {
                continue;
            }
            if (item.codePoints().noneMatch(Character::isLetterOrDigit)) {
                problems.warning(doc.location(k + 1, heading), "list item \"" + item + "\" names nothing; left out");
                continue;
            }
            ListItem li = new ListItem(item, doc.location(k + 1, heading));
            switch (kind) {
                case CO_FINANCERS -> b.addCoFinancer(li);
                case PARTNERS -> b.addPartner(li);
                case MUNICIPALITIES -> b.addMunicipality(li);
                default -> throw new IllegalStateException(kind.name());
            }
        }
    }
}
