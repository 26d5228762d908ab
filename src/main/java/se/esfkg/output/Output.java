package se.esfkg.output;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A registered output: the file it writes, the syntax it belongs to (a dump is that syntax; the
 * JSON-LD context belongs to JSON-LD), how that file is packed, and how to open its sink.
 */
public record Output(String fileName, Optional<RdfSyntax> syntax, Compression compression, SinkFactory sinks) {

    @FunctionalInterface
    public interface SinkFactory {
        DumpSink open(OutputStream out);
    }

    /**
     * A sink that packs its file itself and writes beside it (the N-Quads dump, in gzip members, with
     * its graph index): {@link Dumps} hands it the file's raw bytes and the file's path.
     */
    @FunctionalInterface
    public interface PackingSinkFactory extends SinkFactory {
        DumpSink open(OutputStream rawFile, Path file);

        @Override
        default DumpSink open(OutputStream out) {
            throw new UnsupportedOperationException("a packing sink is opened on its file's path");
        }
    }

    /** The dump of a syntax: file name and compression come from the syntax registry. */
    public static Output dump(RdfSyntax syntax, SinkFactory sinks) {
        return new Output(syntax.fileName(), Optional.of(syntax), syntax.compression(), sinks);
    }

    /** A file published beside a syntax's dump, written whenever that syntax is. */
    public static Output beside(RdfSyntax syntax, String fileName, SinkFactory sinks) {
        return new Output(fileName, Optional.of(syntax), Compression.NONE, sinks);
    }

    /** A report about the conversion rather than the data (the quality report): written with every syntax choice. */
    public static Output report(String fileName, SinkFactory sinks) {
        return new Output(fileName, Optional.empty(), Compression.NONE, sinks);
    }

    public boolean isDumpOf(RdfSyntax s) {
        return syntax.filter(s::equals).isPresent() && fileName.equals(s.fileName());
    }
}
