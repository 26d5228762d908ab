package se.esfkg.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/** A line-based syntax, one statement a line: N-Triples and N-Quads. They declare no prefixes. */
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
    public void page(Node graphName, List<Triple> triples) throws IOException {
        String graph = NodeFmtLib.strNT(graphName);
        for (Triple t : triples) {
            String spo = NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                    + NodeFmtLib.strNT(t.getObject());
            out.write(line(spo, graph).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The line for a statement, given its subject, predicate and object in N-Triples form. */
    abstract String line(String spo, String graph);

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
