package se.esfkg.parse;

import se.esfkg.problem.ProblemReporter;
import se.esfkg.source.SourceDocument;

/**
 * A reader for one of the project bank's layouts. A new layout is one implementation in a
 * subpackage of {@code parse} plus one line in {@link Layouts}; nothing downstream changes.
 */
public interface LayoutParser {

    /** The layout this reader reads; its id names it in provenance and messages. */
    Layout layout();

    /** Whether this reader recognises the document by its content (never by its file name). */
    boolean accepts(SourceDocument document);

    /**
     * Reads the document and pushes each project it holds into the sink. A page the reader cannot
     * make sense of throws {@link se.esfkg.problem.PageRejectedException} naming file, line and field;
     * a multi-record source (CSV) reports a bad row as an error and goes on with the next one.
     */
    void parse(SourceDocument document, RecordSink sink, ProblemReporter problems);
}
