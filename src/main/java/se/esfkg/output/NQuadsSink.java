package se.esfkg.output;

import java.io.OutputStream;

/** N-Quads: every statement with its page's graph name. */
final class NQuadsSink extends LineSink {

    NQuadsSink(OutputStream out) {
        super(out);
    }

    @Override
    String line(String spo, String graph) {
        return spo + " " + graph + " .\n";
    }
}
