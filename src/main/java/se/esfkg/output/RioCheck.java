package se.esfkg.output;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * Re-reads a dump with RDF4J Rio, a parser independent of the Jena writers that made it, and
 * streams its statements to a handler (by default only counting them).
 */
public final class RioCheck {

    private RioCheck() {
    }

    public static long countStatements(Path file, RdfSyntax format) {
        long[] count = {0};
        parse(file, format, new AbstractRDFHandler() {
            @Override
            public void handleStatement(Statement st) {
                count[0]++;
            }
        });
        return count[0];
    }

    public static void parse(Path file, RdfSyntax format, RDFHandler handler) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = format.gzip() ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser parser = Rio.createParser(format.rioFormat());
            parser.setRDFHandler(handler);
            parser.parse(in, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
