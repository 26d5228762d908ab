package se.esfkg.output;

import java.io.IOException;
import java.util.Map;
import se.esfkg.problem.Problem;

/**
 * One published output, fed the corpus a named graph at a time, as Jena's {@code StreamRDF} is fed
 * statements: memory holds one page, never the corpus. A sink writes to the stream it was opened on
 * and never closes it; {@link Dumps} owns the files.
 */
public interface DumpSink {

    /** Once, before any page; the prefixes in the order they are to be declared. */
    void start(Map<String, String> prefixes) throws IOException;

    /** One named graph, its triples sorted by their N-Triples form so that the same input gives the same bytes. */
    void page(SortedPage page) throws IOException;

    /**
     * The part of writing a page that depends on the page alone (JSON-LD's compaction, say), for
     * {@link #page(SortedPage, Object)}. {@link Dumps#prepare} calls it on the thread that converted
     * the page, several pages at once, so it may read the sink's settings from {@link #start} but
     * must change nothing. By default there is nothing to prepare.
     */
    default Object prepare(SortedPage page) throws IOException {
        return null;
    }

    /** Writes a page with what {@link #prepare} made of it. */
    default void page(SortedPage page, Object prepared) throws IOException {
        page(page);
    }

    /**
     * A problem the conversion reported, as it is reported (before the page it concerns, if any, is
     * written). Dumps ignore problems; the quality report is made of them.
     */
    default void problem(Problem problem) {
    }

    /** Once, after the last page: close every open structure and flush. */
    void finish() throws IOException;
}
