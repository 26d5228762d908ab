package se.esfkg.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A line-based syntax, one statement a line, in one gzip stream: N-Triples (N-Quads writes members, {@link NQuadsSink}). */
abstract class LineSink implements DumpSink {

    private final OutputStream out;

    LineSink(OutputStream out) {
        this.out = out;
    }

    @Override
    public void start(Map<String, String> prefixes) {
        // Line-based syntaxes have no prefixes.
    }

    @Override
    public void page(SortedPage page) throws IOException {
        for (String spo : page.statements()) {
            out.write(line(spo, page.graphNameForm()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The line for a statement, given its subject, predicate and object in N-Triples form. */
    abstract String line(String spo, String graph);

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
