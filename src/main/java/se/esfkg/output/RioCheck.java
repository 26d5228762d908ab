package se.esfkg.output;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFParseException;
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

    /**
     * Re-reads a page's N-Quads lines, the lines the line-based dumps are made of; fails, naming the
     * page's graph, when Rio rejects them or reads another number of statements.
     */
    public static void check(SortedPage page) {
        StringBuilder lines = new StringBuilder(page.size() * 160);
        for (String statement : page.statements()) {
            lines.append(statement).append(' ').append(page.graphNameForm()).append(" .\n");
        }
        long[] count = {0};
        RDFParser parser = Rio.createParser(RdfSyntax.NQUADS.rioFormat());
        parser.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(Statement st) {
                count[0]++;
            }
        });
        try {
            parser.parse(new StringReader(lines.toString()), "");
        } catch (IOException | RDFParseException e) {
            throw new IllegalStateException("RDF4J Rio cannot re-read the N-Quads of graph " + page.graphNameForm()
                    + ": " + e.getMessage(), e);
        }
        if (count[0] != page.size()) {
            throw new IllegalStateException("RDF4J Rio read " + count[0] + " statements from the N-Quads of graph "
                    + page.graphNameForm() + ", " + page.size() + " were written");
        }
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
