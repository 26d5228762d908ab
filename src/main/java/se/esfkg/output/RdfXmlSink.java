package se.esfkg.output;

import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;

/**
 * RDF/XML, the union of all pages, written by RDF4J Rio: Jena's RDF/XML writers hold the whole
 * model, Rio's streams.
 */
final class RdfXmlSink implements DumpSink {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private final RDFWriter out;

    RdfXmlSink(OutputStream out) {
        this.out = Rio.createWriter(RdfSyntax.RDFXML.rioFormat(), out);
    }

    @Override
    public void start(Map<String, String> prefixes) {
        out.startRDF();
        prefixes.forEach(out::handleNamespace);
    }

    @Override
    public void page(SortedPage page) {
        for (Triple t : page.triples()) {
            out.handleStatement(VF.createStatement(resource(t.getSubject()), VF.createIRI(t.getPredicate().getURI()),
                    value(t.getObject())));
        }
    }

    @Override
    public void finish() {
        out.endRDF();
    }

    private static Resource resource(Node n) {
        return n.isBlank() ? VF.createBNode(n.getBlankNodeLabel()) : VF.createIRI(n.getURI());
    }

    private static Value value(Node n) {
        if (n.isURI() || n.isBlank()) {
            return resource(n);
        }
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return VF.createLiteral(n.getLiteralLexicalForm(), lang);
        }
        return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
    }
}
