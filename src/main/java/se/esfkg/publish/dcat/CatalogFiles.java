package se.esfkg.publish.dcat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import se.esfkg.output.RdfSyntax;

/**
 * The catalog as files: RDF/XML (what dataportal.se harvests), Turtle and JSON-LD, named
 * {@code catalog.<suffix>} with the suffixes of the output registry.
 */
public final class CatalogFiles {

    /** The syntaxes the catalog is published in, RDF/XML first: it is the default on the web. */
    public static final List<RdfSyntax> SYNTAXES = List.of(RdfSyntax.RDFXML, RdfSyntax.TURTLE, RdfSyntax.JSONLD);

    private CatalogFiles() {
    }

    public static String fileName(RdfSyntax syntax) {
        return "catalog." + syntax.suffix();
    }

    public static List<String> fileNames() {
        return SYNTAXES.stream().map(CatalogFiles::fileName).toList();
    }

    public static void write(Model catalog, Path dir) {
        for (RdfSyntax syntax : SYNTAXES) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(fileName(syntax)))) {
                RDFDataMgr.write(out, catalog, format(syntax));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static RDFFormat format(RdfSyntax syntax) {
        return switch (syntax) {
            case RDFXML -> RDFFormat.RDFXML_ABBREV;
            case JSONLD -> RDFFormat.JSONLD11;
            default -> RDFFormat.TURTLE_PRETTY;
        };
    }
}
