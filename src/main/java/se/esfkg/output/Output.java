package se.esfkg.output;

import java.io.OutputStream;

/**
 * A registered output: the file it writes, the syntax it belongs to (a dump is that syntax; the
 * JSON-LD context belongs to JSON-LD), how that file is packed, and how to open its sink.
 */
public record Output(String fileName, RdfSyntax syntax, Compression compression, SinkFactory sinks) {

    @FunctionalInterface
    public interface SinkFactory {
        DumpSink open(OutputStream out);
    }

    /** The dump of a syntax: file name and compression come from the syntax registry. */
    public static Output dump(RdfSyntax syntax, SinkFactory sinks) {
        return new Output(syntax.fileName(), syntax, syntax.compression(), sinks);
    }

    /** A file published beside a syntax's dump, written whenever that syntax is. */
    public static Output beside(RdfSyntax syntax, String fileName, SinkFactory sinks) {
        return new Output(fileName, syntax, Compression.NONE, sinks);
    }

    public boolean isDumpOf(RdfSyntax s) {
        return syntax == s && fileName.equals(s.fileName());
    }
}
