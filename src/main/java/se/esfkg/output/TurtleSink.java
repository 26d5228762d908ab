package se.esfkg.output;

import java.io.OutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;

/** Turtle: the union of all pages, graph names dropped. */
final class TurtleSink extends JenaStreamSink {

    TurtleSink(OutputStream out) {
        super(out, RDFFormat.TURTLE_BLOCKS);
    }

    @Override
    void emit(Node graphName, Triple triple) {
        out.triple(triple);
    }
}
