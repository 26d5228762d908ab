package se.esfkg.output;

import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/** A syntax Jena writes streaming, in blocks of one subject: Turtle and TriG. */
abstract class JenaStreamSink implements DumpSink {

    protected final StreamRDF out;

    JenaStreamSink(OutputStream out, RDFFormat format) {
        this.out = StreamRDFWriter.getWriterStream(out, format);
    }

    @Override
    public void start(Map<String, String> prefixes) {
        out.start();
        prefixes.forEach(out::prefix);
    }

    @Override
    public void page(SortedPage page) {
        page.triples().forEach(t -> emit(page.graphName(), t));
    }

    abstract void emit(Node graphName, Triple triple);

    @Override
    public void finish() {
        out.finish();
    }
}
