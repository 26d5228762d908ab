package se.esfkg.output.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import se.esfkg.output.DumpSink;
import se.esfkg.output.SortedPage;
import se.esfkg.problem.Problem;

/**
 * What both renderings of the quality report share: they keep a ledger of every page and problem
 * as the run streams by, and render it once at the end.
 */
abstract class QualityReportSink implements DumpSink {

    private final Writer out;
    private final QualityLedger ledger = new QualityLedger();

    QualityReportSink(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public final void start(Map<String, String> prefixes) {
        // The report does not use prefixes.
    }

    @Override
    public final void page(SortedPage page) {
        ledger.page(page.graphName(), page.triples());
    }

    @Override
    public final void problem(Problem problem) {
        ledger.problem(problem);
    }

    @Override
    public final void finish() throws IOException {
        List<PageQuality> pages = ledger.pages();
        render(pages, ledger.totals(pages), out);
        out.flush();
    }

    abstract void render(List<PageQuality> pages, QualityTotals totals, Writer out) throws IOException;
}
