package se.esfkg.output.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * {@code quality.html}: the same report as {@code quality.csv}, to read in a browser: totals first,
 * then the fields most often missing, then one row per record, the ones that struggled most first.
 * Rendered by Thymeleaf, which escapes every value.
 */
public final class QualityHtmlSink extends QualityReportSink {

    private static final String TEMPLATE = "quality";

    public QualityHtmlSink(OutputStream out) {
        super(out);
    }

    /** The pages the reader struggled with most first; otherwise by file and line. */
    @Override
    Comparator<PageQuality> order() {
        return Comparator.comparingInt(QualityHtmlSink::struggle).reversed();
    }

    @Override
    void render(Iterator<PageQuality> pages, QualityTotals totals, Writer out) throws IOException {
        Context model = new Context(Locale.ENGLISH);
        model.setVariable("totals", totals);
        model.setVariable("fields", List.copyOf(QualityLedger.FIELDS.keySet()));
        model.setVariable("weak", QualityTotals.WEAK_CONFIDENCE);
        // An iterator: Thymeleaf walks it without holding the rows.
        model.setVariable("pages", pages);
        Engine.INSTANCE.process(TEMPLATE, model, out);
    }

    /** How much the reader struggled with a page: rejected first, then by what it had to warn about. */
    static int struggle(PageQuality p) {
        return (p.converted() ? 0 : 1000) + p.warnings().size() + 2 * p.unresolvedOrganisations().size()
                + p.missing().size();
    }

    /**
     * One engine, its template parsed once, for every report the JVM writes (an engine is thread-safe):
     * building it and parsing the template for each conversion was a sixth of a small run. The Spring
     * engine evaluates expressions with SpEL, already on the classpath; the plain one would need OGNL.
     */
    private static final class Engine {
        static final SpringTemplateEngine INSTANCE = create();

        private static SpringTemplateEngine create() {
            ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(QualityHtmlSink.class.getClassLoader());
            resolver.setPrefix("report/");
            resolver.setSuffix(".html");
            resolver.setTemplateMode(TemplateMode.HTML);
            resolver.setCharacterEncoding("UTF-8");
            resolver.setCacheable(true);
            SpringTemplateEngine engine = new SpringTemplateEngine();
            engine.setTemplateResolver(resolver);
            return engine;
        }
    }
}
