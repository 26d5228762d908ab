package se.esfkg.output;

import java.io.OutputStream;

/** N-Triples: the union of all pages, graph names dropped. */
final class NTriplesSink extends LineSink {

    NTriplesSink(OutputStream out) {
        super(out);
    }

    @Override
    String line(String spo, String graph) {
        return spo + " .\n";
    }
}
