package se.esfkg.web.resource;

import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.riot.RDFWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.web.servlet.View;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.esfkg.output.JsonProviderLookup;
import se.esfkg.output.Prefixes;
import se.esfkg.output.RdfSyntax;
import se.esfkg.web.conneg.Representation;

/**
 * Writes a description in one RDF syntax of the output registry. Syntaxes that keep graphs (TriG,
 * N-Quads, JSON-LD) keep each triple's source graph; the others send the union.
 */
final class RdfView implements View {

    static final String DATASET = "dataset";

    private final Representation representation;
    private final RdfSyntax syntax;

    RdfView(Representation representation) {
        this.representation = representation;
        this.syntax = representation.syntax().orElseThrow();
    }

    @Override
    public String getContentType() {
        return representation.contentType().toString();
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        DatasetGraph dsg = (DatasetGraph) model.get(DATASET);
        response.setContentType(getContentType());
        OutputStream out = response.getOutputStream();
        if (syntax == RdfSyntax.JSONLD) {
            // Jena writes JSON-LD through Titanium, which looks up the Jakarta JSON provider for every
            // language-tagged literal: a hub's description has thousands (see JsonProviderLookup).
            JsonProviderLookup.withoutScan(() -> {
                write(dsg, out);
                return null;
            });
        } else {
            write(dsg, out);
        }
        out.flush();
    }

    private void write(DatasetGraph dsg, OutputStream out) {
        if (syntax.quads()) {
            Prefixes.standard().forEach(dsg.prefixes()::add);
            RDFWriter.source(dsg).lang(syntax.jenaLang()).output(out);
        } else {
            Graph union = GraphFactory.createDefaultGraph();
            dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
            union.getPrefixMapping().setNsPrefixes(Prefixes.standard());
            RDFWriter.source(union).lang(syntax.jenaLang()).output(out);
        }
    }
}
