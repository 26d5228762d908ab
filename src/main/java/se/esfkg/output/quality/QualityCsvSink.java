package se.esfkg.output.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import se.esfkg.output.DumpSink;
import se.esfkg.problem.Problem;

/**
 * {@code quality.csv}: one row per source record or rejected page, for a spreadsheet or pandas;
 * the first row (status {@code total}) carries the totals. Lists inside a cell are joined with
 * {@code "; "}.
 */
public final class QualityCsvSink implements DumpSink {

    static final List<String> HEADER = List.of("file", "line", "layout", "status", "title", "project",
            "fields_found", "fields_missing", "warnings", "warning_messages", "unresolved_organisations",
            "unknown_headings", "classifications");

    private final Writer out;
    private final QualityLedger ledger = new QualityLedger();

    public QualityCsvSink(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void start(Map<String, String> prefixes) {
        // The report does not use prefixes.
    }

    @Override
    public void page(Node graphName, List<Triple> triples) {
        ledger.page(graphName, triples);
    }

    @Override
    public void problem(Problem problem) {
        ledger.problem(problem);
    }

    @Override
    public void finish() throws IOException {
        List<PageQuality> pages = ledger.pages();
        QualityTotals t = ledger.totals(pages);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(out);
        csv.printRecord("(all)", "", "", "total",
                t.records() + " records, " + t.converted() + " converted, " + t.rejected() + " rejected", "",
                "", t.missingByField().entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")),
                t.warnings(), t.recordsWithWarnings() + " records with warnings", t.unresolvedOrganisations(),
                t.unknownHeadings(), t.classifications() + " (" + t.weakClassifications() + " below "
                        + QualityTotals.WEAK_CONFIDENCE + ")");
        for (PageQuality p : pages) {
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
