package se.esfkg.parse.layoutb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.esfkg.parse.ContactLabels;
import se.esfkg.parse.Layout;
import se.esfkg.parse.LayoutVocabulary;
import se.esfkg.parse.LayoutParser;
import se.esfkg.parse.PageFurniture;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.RecordSink;
import se.esfkg.parse.Section;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.ProblemReporter;
import se.esfkg.problem.SourceLocation;
import se.esfkg.source.SourceDocument;

/**
 * Reads the 2014–2020 programme pages of the older site (layout B): each label on a line of its
 * own without a colon, its value on the next line, then one Sammanfattning section and sometimes a
 * trailing {@code Utvärderingsrapport:} link block.
 */
public final class LayoutBParser implements LayoutParser {

    private static final LayoutVocabulary VOCABULARY = LayoutVocabulary.B;

    /**
     * Labels no other layout prints alone on a line; three of them make a page ours. Region and
     * E-post are left out because a body line could read just that.
     */
    private static final Set<String> TELLING_LABELS = Set.of("Programområde", "Utlysning", "Projektägare",
            "Projektnummer", "Planerat antal deltagare", "Projektperiod", "Total projektbudget",
            "Beviljat ESF-stöd", "Kontaktperson");

    private static final String EVALUATION_LABEL = "Utvärderingsrapport:";

    @Override
    public Layout layout() {
        return Layout.B;
    }

    @Override
    public boolean accepts(SourceDocument document) {
        List<String> lines = document.lines();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (TELLING_LABELS.contains(l) && !lines.get(i + 1).isBlank()) {
                seen.add(l);
            }
        }
        return seen.size() >= 3;
    }

    @Override
    public void parse(SourceDocument doc, RecordSink sink, ProblemReporter problems) {
        List<String> lines = doc.lines();
        int firstField = firstFieldLine(lines);
        ProjectRecord.Builder b = PageFurniture.recordTitledAbove(doc, firstField, layout());
        int bodyStart = readFields(doc, lines, firstField, b, problems);
        readBody(doc, lines, bodyStart, b, problems);
        sink.record(b.build());
    }

    private static int firstFieldLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (VOCABULARY.isLabel(lines.get(i).strip())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads label/value pairs up to the first blank line and returns where the body starts. A
     * label followed by another label or by the blank line has no value: nothing to read.
     */
    private int readFields(SourceDocument doc, List<String> lines, int from, ProjectRecord.Builder b,
            ProblemReporter problems) {
        int i = from;
        while (i < lines.size() && !lines.get(i).isBlank() && !endsFields(lines.get(i))) {
            String label = lines.get(i).strip();
            boolean hasValue = i + 1 < lines.size() && !lines.get(i + 1).isBlank()
                    && !VOCABULARY.isLabel(lines.get(i + 1).strip());
            String value = hasValue ? lines.get(i + 1).strip() : "";
            SourceLocation at = doc.location(i + 2, label);
            if (!VOCABULARY.isLabel(label)) {
                // Without a colon an unknown label is only recognisable by its place in the pairs.
                problems.warning(doc.location(i + 1, label),
                        ContactLabels.of(label).isPresent()
                                ? "contact label \"" + label + "\" read as the contact (personal data)"
                                : "unknown field \"" + label + "\" kept as a section of its own");
                b.addSection(new Section(label, SectionKind.OTHER, value, "sv", false, doc.location(i + 1, label)));
            } else if (hasValue) {
                VOCABULARY.field(label).orElseThrow().read(b, value, at);
            }
            i += hasValue ? 2 : 1;
        }
        return i;
    }

    /** A page that runs the summary straight on after the last value still has its body read. */
    private static boolean endsFields(String line) {
        String l = line.strip();
        return SectionKind.byHeading(l).isPresent() || l.startsWith(EVALUATION_LABEL);
    }

    /**
     * The body is one Sammanfattning, but a heading of another known section is honoured, and text
     * before any heading is kept as a description rather than lost. The evaluation block ends it.
     */
    private void readBody(SourceDocument doc, List<String> lines, int from, ProjectRecord.Builder b,
            ProblemReporter problems) {
        int end = lines.size();
        for (int k = from; k < lines.size(); k++) {
            if (lines.get(k).strip().startsWith(EVALUATION_LABEL)) {
                end = k;
                readEvaluation(doc, lines, k, b, problems);
                break;
            }
        }
        int i = from;
        while (i < end) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            boolean headed = isHeading(lines, i, from);
            if (!headed) {
                problems.warning(doc.location(i + 1, ""), "text outside any section kept as a section of its own");
            }
            String heading = headed ? lines.get(i).strip() : "";
            int bodyStart = headed ? i + 1 : i;
            int next = bodyStart;
            while (next < end && !isHeading(lines, next, from)) {
                next++;
            }
            SourceLocation at = doc.location(i + 1, heading);
            SectionKind kind = headed ? SectionKind.byHeading(heading).orElseThrow() : SectionKind.DESCRIPTION;
            String text = paragraphs(lines.subList(bodyStart, next));
            if (text.isEmpty()) {
                problems.warning(at, "empty section \"" + heading + "\"");
            }
            b.addSection(new Section(heading, kind, text, "sv", false, at));
            i = next;
        }
    }

    private static boolean isHeading(List<String> lines, int i, int bodyStart) {
        boolean blankAbove = i == bodyStart || lines.get(i - 1).isBlank();
        return blankAbove && SectionKind.byHeading(lines.get(i).strip()).isPresent();
    }

    private static void readEvaluation(SourceDocument doc, List<String> lines, int at, ProjectRecord.Builder b,
            ProblemReporter problems) {
        List<String> note = new ArrayList<>();
        String sameLine = lines.get(at).strip().substring(EVALUATION_LABEL.length()).strip();
        if (!sameLine.isEmpty()) {
            note.add(sameLine);
        }
        for (int k = at + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                note.add(lines.get(k).strip());
            }
        }
        if (note.isEmpty()) {
            problems.warning(doc.location(at + 1, EVALUATION_LABEL), "evaluation report block without any text");
        }
        b.evaluationReport(String.join("\n", note));
    }

    /** Lines as written, trailing blanks and surrounding blank lines removed. */
    private static String paragraphs(List<String> body) {
        List<String> kept = new ArrayList<>();
        for (String line : body) {
            kept.add(line.stripTrailing());
        }
        return String.join("\n", kept).strip();
    }
}
