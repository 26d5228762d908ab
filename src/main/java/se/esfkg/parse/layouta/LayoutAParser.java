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

    private static final Map<String, ListKind> LIST_HEADINGS = Map.of(
            "Medfinansiärer", ListKind.CO_FINANCERS,
            "Samarbetspartners", ListKind.PARTNERS,
            "Kommun", ListKind.MUNICIPALITIES);

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
            if (stripped.equals("In English") || isHeading(lines, i)) {
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
        VOCABULARY.field(label.get()).orElseThrow().read(b, value, at);
    }

    /**
     * A heading stands alone: a blank line (or nothing) above it and a blank line below it. The
     * blank line below tells {@code Syfte} the heading from {@code SYFTE} the inline sub-heading.
     */
    private static boolean isHeading(List<String> lines, int i) {
        String l = lines.get(i).strip();
        boolean blankAbove = i == 0 || lines.get(i - 1).isBlank();
        boolean blankBelow = i + 1 >= lines.size() || lines.get(i + 1).isBlank();
        if (l.isEmpty() || !blankAbove || !blankBelow) {
            return false;
        }
        if (SectionKind.byHeading(l).isPresent() || LIST_HEADINGS.containsKey(l)) {
            return true;
        }
        return looksLikeUnknownHeading(l) && !BULLET.matcher(lines.get(i)).matches();
    }

    /**
     * A line nobody listed but shaped like a heading: short, alone between blank lines, not
     * upper case (those are sub-headings inside a section), no closing punctuation.
     */
    private static boolean looksLikeUnknownHeading(String l) {
        return l.length() <= 60 && l.split("\\s+").length <= 6
                && Character.isUpperCase(l.codePointAt(0))
                && !l.equals(l.toUpperCase(Locale.ROOT))
                && !l.matches(".*[.:;,!?)]$");
    }

    private void readBody(SourceDocument doc, List<String> lines, int from, ProjectRecord.Builder b,
            ProblemReporter problems) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        while (i < lines.size()) {
            if (!isHeading(lines, i)) {
                problems.warning(doc.location(i + 1, ""), "text outside any section kept as a section of its own");
            }
            String heading = isHeading(lines, i) ? lines.get(i).strip() : "";
            int bodyStart = heading.isEmpty() ? i : i + 1;
            int end = bodyStart;
            while (end < lines.size() && !isHeading(lines, end)) {
                end++;
            }
            SourceLocation at = doc.location(i + 1, heading);
            ListKind list = LIST_HEADINGS.get(heading);
            if (list != null) {
                readList(doc, lines, bodyStart, end, list, heading, b, problems);
            } else {
                b.addSection(section(doc, heading, lines.subList(bodyStart, end), at, problems));
            }
            i = end;
        }
    }

    private Section section(SourceDocument doc, String heading, List<String> body, SourceLocation at,
            ProblemReporter problems) {
        SectionKind kind = heading.isEmpty() ? SectionKind.DESCRIPTION
                : SectionKind.byHeading(heading).orElse(SectionKind.OTHER);
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
            problems.warning(at, "empty section \"" + heading + "\"");
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
