package se.esfkg.output.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.esfkg.output.DumpSink;
import se.esfkg.problem.Problem;

/**
 * {@code quality.html}: the same report as {@code quality.csv}, to read in a browser: totals first,
 * then the fields most often missing, then one row per record, the ones that struggled most first.
 * Rendered by Thymeleaf, which escapes every value.
 */
public final class QualityHtmlSink implements DumpSink {

    private static final String TEMPLATE = "quality";

    private final Writer out;
    private final QualityLedger ledger = new QualityLedger();

    public QualityHtmlSink(OutputStream out) {
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
        Context model = new Context(Locale.ENGLISH);
        model.setVariable("totals", ledger.totals(pages));
        model.setVariable("fields", List.copyOf(QualityLedger.FIELDS.keySet()));
        model.setVariable("weak", QualityTotals.WEAK_CONFIDENCE);
        model.setVariable("pages", pages.stream().sorted(java.util.Comparator
                .comparingInt(QualityHtmlSink::struggle).reversed()
                .thenComparing(PageQuality::file).thenComparingInt(PageQuality::line)).toList());
        engine().process(TEMPLATE, model, out);
        out.flush();
    }

    /** How much the reader struggled with a page: rejected first, then by what it had to warn about. */
    static int struggle(PageQuality p) {
        return (p.converted() ? 0 : 1000) + p.warnings().size() + 2 * p.unresolvedOrganisations().size()
                + p.missing().size();
    }

    // The Spring engine evaluates expressions with SpEL, already on the classpath; the plain one would need OGNL.
    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(QualityHtmlSink.class.getClassLoader());
        resolver.setPrefix("report/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
