package se.esfkg.parse.csvexport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.esfkg.parse.ContactLabels;
import se.esfkg.parse.Layout;
import se.esfkg.parse.LayoutParser;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.RecordSink;
import se.esfkg.parse.Section;
import se.esfkg.parse.SectionKind;
import se.esfkg.parse.Values;
import se.esfkg.problem.PageRejectedException;
import se.esfkg.problem.ProblemReporter;
import se.esfkg.problem.SourceLocation;
import se.esfkg.source.SourceDocument;

/**
 * Reads the project bank's CSV export (layout D): semicolons, quoted fields, a bilingual header
 * {@code Svenska / English}, one project a row. Columns are found by their header, so a reordered
 * export reads the same. A bad row is reported and skipped; the other rows still convert.
 */
public final class CsvExportParser implements LayoutParser {

    /** The export's columns; either half of a header names the column. */
    enum Column {
        CASE_NUMBER("Diarienummer", "Operation ID"),
        NAME("Namn på insatsen", "Operation Name"),
        BENEFICIARY("Stödmottagare", "Beneficiary"),
        ORG_NUMBER("Projektägare organisationsnummer", "Beneficiary ID"),
        CITY("Projektägare ort", "Beneficiary city"),
        COUNTRY("Stödmottagarens land", "Beneficiary country"),
        PROGRAMME_AREA("Programområde", "Priority"),
        SPECIFIC_OBJECTIVE("Specifikt mål", "Specific objective concerned"),
        INTERVENTION("Interventionsområde", "Intervention field"),
        TOTAL_BUDGET("Total projektbudget", "Total budget SEK"),
        COFINANCING_RATE("Unionens medfinansieringsgrad", "Union co-financing rate"),
        EU_GRANT("EU-stöd i SEK", "EU contribution SEK"),
        SUMMARY("Sammanfattning", "Summary"),
        SUMMARY_EN("Sammanfattning engelsk", "Summary in english"),
        START("Startdatum", "Start date"),
        END("Slutdatum", "End date"),
        FUND("EU-fond", "EU fund"),
        CCI("Program CCI", "Program CCI");

        final String swedish;
        final String english;

        Column(String swedish, String english) {
            this.swedish = swedish;
            this.english = english;
        }

        static Optional<Column> byHeader(String header) {
            int slash = header.indexOf(" / ");
            String sv = key(slash < 0 ? header : header.substring(0, slash));
            String en = slash < 0 ? "" : key(header.substring(slash + 3));
            for (Column c : values()) {
                if (key(c.swedish).equals(sv) || key(c.english).equals(en) || key(c.english).equals(sv)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        private static String key(String s) {
            return s.strip().toLowerCase(Locale.ROOT);
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setQuote('"')
            .setIgnoreEmptyLines(true)
            .get();

    /** The project bank is Swedish; any other country is worth a word since there is no field for it. */
    private static final Set<String> HOME = Set.of("", "sverige", "sweden", "se");

    /** Where each column stands in this file, and what else the header holds. */
    private record Header(Map<Column, Integer> index, List<String> names) {

        static Header of(CSVRecord record) {
            Map<Column, Integer> index = new EnumMap<>(Column.class);
            List<String> names = new ArrayList<>();
            for (int k = 0; k < record.size(); k++) {
                String name = record.get(k).strip();
                int column = k;
                names.add(name);
                Column.byHeader(name).ifPresent(c -> index.putIfAbsent(c, column));
            }
            return new Header(index, names);
        }

        boolean isExport() {
            return index.containsKey(Column.CASE_NUMBER) && index.containsKey(Column.NAME);
        }

        boolean isKnown(int k) {
            return index.containsValue(k);
        }
    }

    @Override
    public Layout layout() {
        return Layout.D;
    }

    /** An export is recognised by its header: the case-number and name columns, semicolon-separated. */
    @Override
    public boolean accepts(SourceDocument document) {
        String text = document.text();
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        if (first.indexOf(';') < 0) {
            return false;
        }
        try (CSVParser parser = CSVParser.parse(first, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() && Header.of(records.next()).isExport();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    @Override
    public void parse(SourceDocument doc, RecordSink sink, ProblemReporter problems) {
        String text = doc.text();
        Header header = null;
        int rows = 0;
        // Read from the top; after a quote left open, read on from the line after the broken row.
        int fromOffset = 0;
        int linesBefore = 0;
        reading:
        while (fromOffset < text.length()) {
            String part = text.substring(fromOffset);
            try (CSVParser parser = CSVParser.parse(new StringReader(part), FORMAT)) {
                Iterator<CSVRecord> records = parser.iterator();
                if (header == null) {
                    if (!records.hasNext()) {
                        throw new PageRejectedException(doc.location(0, ""), "no header row (CSV export)");
                    }
                    header = Header.of(records.next());
                    if (!header.isExport()) {
                        throw new PageRejectedException(doc.location(1, ""),
                                "header lacks the Diarienummer and Namn på insatsen columns (CSV export)");
                    }
                    checkHeader(doc, header, problems);
                }
                Lines lines = new Lines(part);
                while (true) {
                    int next = linesBefore + (int) parser.getCurrentLineNumber() + 1;
                    boolean more;
                    try {
                        more = records.hasNext();
                    } catch (UncheckedIOException e) {
                        int broken = firstNonBlankLine(text, next);
                        problems.error(doc.location(broken, ""), "a quote opened in this row is never closed ("
                                + e.getCause().getMessage() + "); the row is skipped and reading goes on at the next line");
                        linesBefore = broken;
                        fromOffset = offsetOfLine(text, broken + 1);
                        continue reading;
                    }
                    if (!more) {
                        break reading;
                    }
                    CSVRecord row = records.next();
                    rows++;
                    // From the record's first character, since skipped blank lines and line breaks
                    // inside quoted fields both make the parser's line count drift from the row's start.
                    int line = linesBefore + lines.at(row.getCharacterPosition());
                    try {
                        sink.record(row(doc, header, row, line, problems));
                    } catch (PageRejectedException e) {
                        problems.report(e.problem());
                    }
                }
            } catch (IOException e) {
                throw new PageRejectedException(doc.location(0, ""), "cannot read CSV: " + e.getMessage());
            }
        }
        if (rows == 0) {
            problems.warning(doc.location(1, ""), "the export has a header row and no project rows");
        }
    }

    /** The first line at or after {@code line} (1-based) that holds more than white space. */
    private static int firstNonBlankLine(String text, int line) {
        List<String> all = List.of(text.split("\n", -1));
        int l = Math.max(1, line);
        while (l < all.size() && all.get(l - 1).isBlank()) {
            l++;
        }
        return l;
    }

    /** Where line {@code line} (1-based) starts, or the text's length past its end. */
    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int eol = text.indexOf('\n', offset);
            if (eol < 0) {
                return text.length();
            }
            offset = eol + 1;
        }
        return offset;
    }

    /**
     * Turns a record's character position into its line. Rows come in file order, so counting
     * goes on from the previous row and a large export is scanned once. The position lies before
     * any blank lines the parser skipped; those are stepped over.
     */
    private static final class Lines {
        private final String text;
        private int offset;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        int at(long position) {
            int target = (int) Math.min(position, text.length());
            while (target < text.length() && text.charAt(target) == '\n') {
                target++;
            }
            for (; offset < target; offset++) {
                if (text.charAt(offset) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static void checkHeader(SourceDocument doc, Header header, ProblemReporter problems) {
        for (Column c : Column.values()) {
            if (!header.index().containsKey(c)) {
                problems.warning(doc.location(1, c.swedish), "column \"" + c.swedish + "\" missing from the export");
            }
        }
        for (int k = 0; k < header.names().size(); k++) {
            if (!header.isKnown(k) && ContactLabels.of(header.names().get(k)).isEmpty()) {
                problems.warning(doc.location(1, swedish(header.names().get(k))),
                        "unknown column \"" + header.names().get(k) + "\" kept as a section of each project");
            }
        }
    }

    private ProjectRecord row(SourceDocument doc, Header header, CSVRecord row, int line, ProblemReporter problems) {
        int expected = header.names().size();
        if (row.size() != expected) {
            String field = row.size() < expected ? swedish(header.names().get(row.size())) : "";
            throw new PageRejectedException(doc.location(line, field),
                    "wrong field count: " + row.size() + " fields where the header has " + expected);
        }
        Map<Column, String> v = new EnumMap<>(Column.class);
        header.index().forEach((c, k) -> v.put(c, row.get(k).strip()));
        String title = v.getOrDefault(Column.NAME, "");
        if (title.isEmpty()) {
            throw new PageRejectedException(doc.location(line, Column.NAME.swedish), "missing title");
        }
        ProjectRecord.Builder b = ProjectRecord.builder(doc, line, layout())
                .title(title)
                .caseNumber(v.get(Column.CASE_NUMBER))
                .ownerName(v.get(Column.BENEFICIARY))
                .ownerOrgNumber(v.get(Column.ORG_NUMBER))
                .ownerCity(v.get(Column.CITY))
                .programmeArea(v.get(Column.PROGRAMME_AREA))
                .specificObjective(v.get(Column.SPECIFIC_OBJECTIVE))
                .interventionType(v.get(Column.INTERVENTION))
                .fund(v.get(Column.FUND))
                .programmeCci(v.get(Column.CCI));
        if (v.getOrDefault(Column.CASE_NUMBER, "").isEmpty()) {
            problems.warning(doc.location(line, Column.CASE_NUMBER.swedish), "project without Diarienummer");
        }
        String country = v.getOrDefault(Column.COUNTRY, "");
        if (!HOME.contains(country.toLowerCase(Locale.ROOT))) {
            problems.warning(doc.location(line, Column.COUNTRY.swedish),
                    "beneficiary country \"" + country + "\" is not kept in the record");
        }
        present(v, Column.TOTAL_BUDGET).flatMap(s -> optional(() -> Values.amount(s, at(doc, line, Column.TOTAL_BUDGET)),
                problems)).ifPresent(b::totalBudget);
        present(v, Column.EU_GRANT).flatMap(s -> optional(() -> Values.amount(s, at(doc, line, Column.EU_GRANT)),
                problems)).ifPresent(b::esfGrant);
        present(v, Column.COFINANCING_RATE).flatMap(s -> optional(
                () -> Values.percentage(s, at(doc, line, Column.COFINANCING_RATE)), problems))
                .ifPresent(b::euCofinancingRate);
        LocalDate start = present(v, Column.START)
                .flatMap(s -> optional(() -> Values.date(s, at(doc, line, Column.START)), problems)).orElse(null);
        LocalDate end = present(v, Column.END)
                .flatMap(s -> optional(() -> Values.date(s, at(doc, line, Column.END)), problems)).orElse(null);
        if (start != null && end != null && end.isBefore(start)) {
            problems.warning(at(doc, line, Column.END), "project ends before it starts \"" + start + "\" - \""
                    + end + "\"; both dates are left out");
            start = null;
            end = null;
        }
        b.startDate(start).endDate(end);
        present(v, Column.SUMMARY).flatMap(s -> summary(doc, line, Column.SUMMARY, s, "sv")).ifPresent(b::addSection);
        present(v, Column.SUMMARY_EN).flatMap(s -> summary(doc, line, Column.SUMMARY_EN, s, "en"))
                .ifPresent(b::addSection);
        for (int k = 0; k < row.size(); k++) {
            String extra = row.get(k).strip();
            if (!header.isKnown(k) && !extra.isEmpty()) {
                String name = header.names().get(k);
                b.addSection(new Section(name, SectionKind.OTHER, extra, "sv", false,
                        doc.location(line, swedish(name))));
            }
        }
        return b.build();
    }

    /**
     * Every value but the title is optional: a malformed amount, rate or date costs that cell only,
     * with a warning at its row, and the rest of the row is published.
     */
    private static <T> Optional<T> optional(Supplier<T> read, ProblemReporter problems) {
        try {
            return Optional.of(read.get());
        } catch (PageRejectedException e) {
            problems.warning(e.problem().location(), e.problem().message() + "; the field is left out");
            return Optional.empty();
        }
    }

    /** Locations name a column by the Swedish half of its header, as the other layouts name labels. */
    private static String swedish(String header) {
        int slash = header.indexOf(" / ");
        return slash < 0 ? header : header.substring(0, slash);
    }

    private static Optional<String> present(Map<Column, String> v, Column c) {
        return Optional.ofNullable(v.get(c)).filter(s -> !s.isEmpty());
    }

    private static SourceLocation at(SourceDocument doc, int line, Column c) {
        return doc.location(line, c.swedish);
    }

    /** A summary that is only markup ({@code <p></p>}) has no text to keep. */
    private static Optional<Section> summary(SourceDocument doc, int line, Column c, String html, String language) {
        String heading = language.equals("sv") ? c.swedish : c.english;
        String text = HtmlText.of(html);
        return text.isEmpty() ? Optional.empty()
                : Optional.of(new Section(heading, SectionKind.SUMMARY, text, language, false, at(doc, line, c)));
    }
}
