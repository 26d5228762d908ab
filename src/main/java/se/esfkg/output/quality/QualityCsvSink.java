package se.esfkg.output.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code quality.csv}: one row per source record or rejected page, for a spreadsheet or pandas;
 * the first row (status {@code total}) carries the totals. Lists inside a cell are joined with
 * {@code "; "}.
 */
public final class QualityCsvSink extends QualityReportSink {

    static final List<String> HEADER = List.of("file", "line", "layout", "status", "title", "project",
            "fields_found", "fields_missing", "warnings", "warning_messages", "unresolved_organisations",
            "unknown_headings", "classifications");

    public QualityCsvSink(OutputStream out) {
        super(out);
    }

    /** By file and line, as the ledger gives them. */
    @Override
    Comparator<PageQuality> order() {
        return (a, b) -> 0;
    }

    @Override
    void render(Iterator<PageQuality> pages, QualityTotals t, Writer out) throws IOException {
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(out);
        csv.printRecord("(all)", "", "", "total",
                t.records() + " records, " + t.converted() + " converted, " + t.rejected() + " rejected", "",
                "", t.missingByField().entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")),
                t.warnings(), t.recordsWithWarnings() + " records with warnings", t.unresolvedOrganisations(),
                t.unknownHeadings(), t.classifications() + " (" + t.weakClassifications() + " below "
                        + QualityTotals.WEAK_CONFIDENCE + ")");
        for (PageQuality p : (Iterable<PageQuality>) () -> pages) {
            csv.printRecord(p.file(), p.line(), p.layout(), p.status().id(), p.title(), p.project(),
                    String.join("; ", p.found()), String.join("; ", p.missing()), p.warnings().size(),
                    p.warnings().stream().map(QualityCsvSink::warning).collect(Collectors.joining("; ")),
                    String.join("; ", p.unresolvedOrganisations()), String.join("; ", p.unknownHeadings()),
                    p.classifications().stream().map(c -> c.concept() + " " + c.confidence())
                            .collect(Collectors.joining("; ")));
        }
        csv.flush();
    }

    private static String warning(PageQuality.Warning w) {
        return w.severity() + ": " + w.message() + (w.line() > 0 ? " [line " + w.line() + "]" : "");
    }
}
