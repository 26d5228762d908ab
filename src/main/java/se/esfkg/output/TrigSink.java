package se.esfkg.output;

import java.io.OutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;

/** TriG: every page in its named graph. */
final class TrigSink extends JenaStreamSink {

    TrigSink(OutputStream out) {
        super(out, RDFFormat.TRIG_BLOCKS);
    }

    @Override
    void emit(Node graphName, Triple triple) {
        out.quad(Quad.create(graphName, triple));
    }
}
