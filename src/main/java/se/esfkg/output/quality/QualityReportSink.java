package se.esfkg.output.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.iterator.Iter;
import se.esfkg.output.DumpSink;
import se.esfkg.output.SortedPage;
import se.esfkg.problem.Problem;

/**
 * What both renderings of the quality report share: they keep a ledger of every page and problem
 * as the run streams by, and render it once at the end, the rows read back from disk in the
 * rendering's own order.
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

    /** Reading the page's rows from its triples depends on the page alone: it runs on the worker. */
    @Override
    public final Object prepare(SortedPage page) {
        return QualityLedger.rows(page.graphName(), page.triples());
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void page(SortedPage page, Object prepared) {
        ledger.page((List<QualityLedger.Written>) prepared);
    }

    @Override
    public final void page(SortedPage page) {
        ledger.page(page.graphName(), page.triples());
    }

    @Override
    public final void problem(Problem problem) {
        ledger.problem(problem);
    }

    /**
     * The totals come first in both renderings, so the rows are counted on a first pass while they
     * go to a second sorted bag, then rendered from it.
     */
    @Override
    public final void finish() throws IOException {
        QualityTotals.Tally tally = new QualityTotals.Tally(List.copyOf(QualityLedger.FIELDS.keySet()));
        Comparator<Ranked> order = Comparator.comparing(Ranked::page, order()).thenComparingLong(Ranked::rank);
        SortedDataBag<Ranked> ordered = Spill.sortedBag(Ranked.CODEC, order);
        try {
            long[] rank = {0};
            ledger.pages(p -> {
                tally.add(p);
                ordered.add(new Ranked(rank[0]++, p));
            });
            render(Iter.map(ordered.iterator(), Ranked::page), tally.totals(), out);
            out.flush();
        } finally {
            ordered.close();
            ledger.close();
        }
    }

    /** The order of the rendered rows; ties keep the ledger's order, by file and line. */
    abstract Comparator<PageQuality> order();

    abstract void render(Iterator<PageQuality> pages, QualityTotals totals, Writer out) throws IOException;

    /** A row and its place in the ledger's order. */
    private record Ranked(long rank, PageQuality page) {
        static final Spill.Codec<Ranked> CODEC = new Spill.Codec<>() {
            @Override
            public void write(java.io.DataOutputStream out, Ranked r) throws IOException {
                out.writeLong(r.rank());
                PageQualityCodec.INSTANCE.write(out, r.page());
            }

            @Override
            public Ranked read(java.io.DataInputStream in) throws IOException {
                return new Ranked(in.readLong(), PageQualityCodec.INSTANCE.read(in));
            }
        };
    }
}
