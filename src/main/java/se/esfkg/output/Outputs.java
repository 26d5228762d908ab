package se.esfkg.output;

import java.util.Collection;
import java.util.List;
import se.esfkg.output.quality.QualityCsvSink;
import se.esfkg.output.quality.QualityHtmlSink;

/**
 * Every output a conversion can write, one line each. A new dump syntax is a row in
 * {@link RdfSyntax}, one {@link DumpSink} class and one line here; the Rio round-trip test and the
 * conversion's Rio check iterate this table, so the new syntax is tested without a new test.
 */
public final class Outputs {

    /** The quality report (issue 10): where the reader struggled, page by page. */
    public static final String QUALITY_CSV = "quality.csv";
    public static final String QUALITY_HTML = "quality.html";

    private static final List<Output> ALL = List.of(
            Output.dump(RdfSyntax.TURTLE, TurtleSink::new),
            Output.dump(RdfSyntax.NTRIPLES, NTriplesSink::new),
            Output.dump(RdfSyntax.TRIG, TrigSink::new),
            Output.dump(RdfSyntax.NQUADS, NQuadsSink.FACTORY),
            Output.dump(RdfSyntax.JSONLD, JsonLdSink::new),
            Output.dump(RdfSyntax.RDFXML, RdfXmlSink::new),
            Output.beside(RdfSyntax.JSONLD, RdfSyntax.JSONLD_CONTEXT_FILE, JsonLdContextSink::new),
            Output.report(QUALITY_CSV, QualityCsvSink::new),
            Output.report(QUALITY_HTML, QualityHtmlSink::new));

    private Outputs() {
    }

    public static List<Output> all() {
        return ALL;
    }

    /** The outputs of the chosen syntaxes (their dumps and what is published beside them) and the reports. */
    public static List<Output> of(Collection<RdfSyntax> syntaxes) {
        return ALL.stream().filter(o -> o.syntax().map(syntaxes::contains).orElse(true)).toList();
    }

    /**
     * The N-Quads dump with members closed after {@code memberBytes} of N-Quads instead of the
     * registered size; {@code 1} gives a member per graph (tests read one graph's member alone).
     */
    public static Output nquadsWithMembersOf(int memberBytes) {
        return Output.dump(RdfSyntax.NQUADS, (Output.PackingSinkFactory) (out, path) -> new NQuadsSink(out, path, memberBytes));
    }

    /** The dump output of a syntax; every syntax in the registry has exactly one. */
    public static Output dumpOf(RdfSyntax syntax) {
        return ALL.stream().filter(o -> o.isDumpOf(syntax)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no dump output registered for " + syntax));
    }
}
