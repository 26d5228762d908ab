package se.esfkg.parse.layoutc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.esfkg.parse.ContactLabels;
import se.esfkg.parse.Field;
import se.esfkg.parse.Layout;
import se.esfkg.parse.LayoutVocabulary;
import se.esfkg.parse.LayoutParser;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.RecordSink;
import se.esfkg.parse.Section;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.PageRejectedException;
import se.esfkg.problem.ProblemReporter;
import se.esfkg.problem.SourceLocation;
import se.esfkg.source.SourceDocument;

/**
 * Reads the current site's pages (layout C, 2014–2020 and 2021–2027): an optional cookie banner, a
 * title line {@code dnr - Namn}, {@code Label:} lines each with its value on the next line in no
 * fixed order, some absent and some empty, then the description as paragraphs without headings.
 */
public final class LayoutCParser implements LayoutParser {

    private static final LayoutVocabulary VOCABULARY = LayoutVocabulary.C;

    /** The case numbers the site has used: {@code 2023/00117}, and the export's {@code 23-017-S01}. */
    private static final Pattern TITLE = Pattern.compile("(\\d{4}/\\d{3,6}|\\d{2}-\\d{3}-[A-Z]\\d{2}) - (.+)");

    /**
     * Any short line ending in a colon reads as a label, so that an unknown label is reported
     * instead of being taken for the value of the empty label above it.
     */
    private static final Pattern LABEL_LINE = Pattern.compile("\\p{Lu}[^:]{0,59}:");

    @Override
    public Layout layout() {
        return Layout.C;
    }

    /** Two known {@code Label:} lines, or the title line with a label below it. */
    @Override
    public boolean accepts(SourceDocument document) {
        List<String> lines = document.lines();
        Set<Field> seen = new HashSet<>();
        boolean titled = false;
        for (String line : lines) {
            String l = line.strip();
            knownLabel(l).ifPresent(seen::add);
            titled |= TITLE.matcher(l).matches();
        }
        return seen.size() >= 2 || (titled && !seen.isEmpty());
    }

    @Override
    public void parse(SourceDocument doc, RecordSink sink, ProblemReporter problems) {
        List<String> lines = doc.lines();
        int firstLabel = firstLabelLine(lines);
        if (firstLabel < 0) {
            throw new PageRejectedException(doc.location(0, ""), "no project fields found (layout C)");
        }
        int titleIndex = titleLine(lines, firstLabel);
        int fieldsFrom = titleIndex < 0 ? firstLabel : titleIndex + 1;
        Map<Field, String> values = new EnumMap<>(Field.class);
        Map<Field, SourceLocation> places = new EnumMap<>(Field.class);
        ProjectRecord.Builder b = ProjectRecord.builder(doc, firstLabel + 1, layout());
        int bodyStart = readFields(doc, lines, fieldsFrom, firstLabel, values, places, b, problems);

        String title = title(doc, lines, titleIndex, values, places, b, problems);
        b.title(title);
        fill(values, places, b, problems);
        readDescription(doc, lines, bodyStart, b);
        sink.record(b.build());
    }

    private static Optional<Field> knownLabel(String stripped) {
        if (!stripped.endsWith(":")) {
            return Optional.empty();
        }
        return VOCABULARY.field(stripped.substring(0, stripped.length() - 1).strip());
    }

    private static boolean isLabelLine(String line) {
        String l = line.strip();
        return knownLabel(l).isPresent() || (LABEL_LINE.matcher(l).matches() && l.split("\\s+").length <= 6);
    }

    private static int firstLabelLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (knownLabel(lines.get(i).strip()).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** The title line stands somewhere above the labels, below any cookie banner; -1 if none. */
    private static int titleLine(List<String> lines, int firstLabel) {
        for (int i = firstLabel - 1; i >= 0; i--) {
            if (TITLE.matcher(lines.get(i).strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads label/value pairs until the first line that is neither; returns that line. A label
     * whose next line is blank or another label is empty, and takes nothing from below.
     */
    private int readFields(SourceDocument doc, List<String> lines, int from, int firstLabel,
            Map<Field, String> values, Map<Field, SourceLocation> places, ProjectRecord.Builder b,
            ProblemReporter problems) {
        int i = from;
        boolean afterBlank = false;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                afterBlank = true;
                i++;
                continue;
            }
            if (afterBlank && i > firstLabel && knownLabel(line.strip()).isEmpty()) {
                // The fields end at a blank line; below it a short line ending in a colon is prose.
                break;
            }
            afterBlank = false;
            if (!isLabelLine(line) && i < firstLabel) {
                // Between title and fields the site prints nothing; whatever stands there is kept.
                problems.warning(doc.location(i + 1, ""), "text between title and fields kept as a section of its own");
                b.addSection(new Section("", SectionKind.OTHER, line.strip(), "sv", false, doc.location(i + 1, "")));
                i++;
                continue;
            }
            if (!isLabelLine(line)) {
                break;
            }
            String l = line.strip();
            String label = l.substring(0, l.length() - 1).strip();
            boolean hasValue = i + 1 < lines.size() && !lines.get(i + 1).isBlank() && !isLabelLine(lines.get(i + 1));
            String value = hasValue ? lines.get(i + 1).strip() : "";
            SourceLocation at = doc.location(hasValue ? i + 2 : i + 1, label);
            Field field = VOCABULARY.field(label).orElse(null);
            if (field == null) {
                problems.warning(doc.location(i + 1, label),
                        ContactLabels.of(label).isPresent()
                                ? "contact label \"" + label + "\" read as the contact (personal data)"
                                : "unknown field \"" + label + "\" kept as a section of its own");
                b.addSection(new Section(label, SectionKind.OTHER, value, "sv", false, doc.location(i + 1, label)));
            } else if (values.containsKey(field) && !values.get(field).equals(value)) {
                problems.warning(at, "field repeated with another value \"" + value + "\"; the first, \""
                        + values.get(field) + "\", is kept");
            } else if (!values.containsKey(field)) {
                values.put(field, value);
                places.put(field, at);
            }
            i += hasValue ? 2 : 1;
        }
        return i;
    }

    /** The title line names the project; the Namn field stands in for a page that lacks it. */
    private String title(SourceDocument doc, List<String> lines, int titleIndex, Map<Field, String> values,
            Map<Field, SourceLocation> places, ProjectRecord.Builder b, ProblemReporter problems) {
        String named = values.getOrDefault(Field.NAME, "");
        String caseNumber = values.getOrDefault(Field.CASE_NUMBER, "");
        if (titleIndex < 0) {
            if (named.isEmpty()) {
                throw new PageRejectedException(doc.location(0, "title"),
                        "no title line \"dnr - Namn\" and no Namn field");
            }
            b.source(places.get(Field.NAME).withField("title"));
            return named;
        }
        Matcher m = TITLE.matcher(lines.get(titleIndex).strip());
        m.matches();
        SourceLocation at = doc.location(titleIndex + 1, "title");
        b.source(at);
        if (!named.isEmpty() && !named.equals(m.group(2).strip())) {
            problems.warning(places.get(Field.NAME), "Namn \"" + named + "\" differs from the title; the title is kept");
        }
        if (caseNumber.isEmpty()) {
            values.put(Field.CASE_NUMBER, m.group(1));
            places.put(Field.CASE_NUMBER, at.withField("Diarienummer"));
        } else if (!caseNumber.equals(m.group(1))) {
            problems.warning(places.get(Field.CASE_NUMBER),
                    "Diarienummer \"" + caseNumber + "\" differs from the title's \"" + m.group(1) + "\"");
        }
        return m.group(2).strip();
    }

    private static void fill(Map<Field, String> values, Map<Field, SourceLocation> places, ProjectRecord.Builder b,
            ProblemReporter problems) {
        for (Map.Entry<Field, String> e : values.entrySet()) {
            String v = e.getValue();
            SourceLocation at = places.get(e.getKey());
            if (v.isEmpty()) {
                continue;
            }
            switch (e.getKey()) {
                case NAME -> b.at(at);
                case OWNER -> Field.OWNER.read(b, withoutRepeat(v), at);
                case OWNER_ADDRESS -> {
                    b.at(at);
                    // The site has only ever left it empty; an address would have nowhere to go.
                    problems.warning(at, "beneficiary address kept as a section of its own");
                    b.addSection(new Section(at.field(), SectionKind.OTHER, v, "sv", false, at));
                }
                default -> e.getKey().read(b, v, at);
            }
        }
    }

    /** {@code Org, Enhet, Org, Enhet} → {@code Org, Enhet}: the site sometimes prints the pair twice. */
    static String withoutRepeat(String owner) {
        String[] parts = owner.split("\\s*,\\s*");
        if (parts.length % 2 != 0) {
            return owner;
        }
        int half = parts.length / 2;
        for (int k = 0; k < half; k++) {
            if (!parts[k].equals(parts[k + half])) {
                return owner;
            }
        }
        return String.join(", ", List.of(parts).subList(0, half));
    }

    /** Everything after the fields is one description, its paragraphs kept blank-line separated. */
    private static void readDescription(SourceDocument doc, List<String> lines, int from, ProjectRecord.Builder b) {
        List<String> kept = new ArrayList<>();
        for (String line : lines.subList(Math.min(from, lines.size()), lines.size())) {
            kept.add(line.stripTrailing());
        }
        String text = String.join("\n", kept).strip();
        if (!text.isEmpty()) {
            b.addSection(new Section("", SectionKind.DESCRIPTION, text, "sv", false, doc.location(from + 1, "")));
        }
    }
}
