package se.esfkg.publish;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import se.esfkg.output.NTriplesTerms;

/**
 * Reading N-Quads dumps (plain or gzipped) as a stream, and the one line form in which quads are
 * sorted and compared. Blank node labels are kept as written, so a quad reads back to the same line.
 */
public final class NQuads {

    private NQuads() {
    }

    public static void parse(Path file, Lang lang, StreamRDF sink) {
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(lang).labelToNode(LabelToNode.createUseLabelAsGiven()).parse(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a stream already opened (and inflated), as {@link #parse(Path, Lang, StreamRDF)} does a file. */
    public static void parse(InputStream in, Lang lang, StreamRDF sink) {
        RDFParser.source(in).lang(lang).labelToNode(LabelToNode.createUseLabelAsGiven()).parse(sink);
    }

    public static void parse(Path file, StreamRDF sink) {
        parse(file, Lang.NQUADS, sink);
    }

    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** {@code <s> <p> <o> <g> .} — a triple of the default graph has no graph term. */
    public static String line(Quad q) {
        String spo = term(q.getSubject()) + " " + term(q.getPredicate()) + " " + term(q.getObject());
        return q.isDefaultGraph() ? spo + " ." : spo + " " + term(q.getGraph()) + " .";
    }

    /** {@code <s> <p> <o> .} */
    public static String tripleLine(Node s, Node p, Node o) {
        return term(s) + " " + term(p) + " " + term(o) + " .";
    }

    public static String term(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : NTriplesTerms.of(n);
    }
}
