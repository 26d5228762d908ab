package se.esfkg.output;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;

/**
 * JSON-LD: one document with the shared context and every page's nodes in its {@code @graph}. Titanium
 * (the JSON-LD processor under Jena's writer) compacts each page; the nodes are then sorted so that the
 * same input gives the same bytes.
 */
final class JsonLdSink implements DumpSink {

    private final ObjectMapper json = new ObjectMapper();
    private final JsonGenerator out;
    private ObjectNode context;
    private JsonDocument contextDocument;

    JsonLdSink(OutputStream out) {
        try {
            this.out = json.getFactory().createGenerator(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.out.useDefaultPrettyPrinter();
    }

    @Override
    public void start(Map<String, String> prefixes) throws IOException {
        this.context = JsonLdContext.of(prefixes, json);
        ObjectNode wrapper = json.createObjectNode();
        wrapper.set("@context", context);
        // Parsed once: Titanium's documents are immutable, so every page's compaction shares it.
        try {
            this.contextDocument = JsonDocument.of(new StringReader(json.writeValueAsString(wrapper)));
        } catch (JsonLdError e) {
            throw new IOException("the JSON-LD context does not parse: " + e.getMessage(), e);
        }
        out.writeStartObject();
        out.writeFieldName("@context");
        out.writeTree(context);
        out.writeArrayFieldStart("@graph");
    }

    @Override
    public void page(SortedPage page) throws IOException {
        page(page, prepare(page));
    }

    /**
     * The page's compacted, sorted nodes, re-read by Rio: everything but the writing, which depends on
     * the page alone and so runs on the thread that converted it.
     */
    @Override
    public Object prepare(SortedPage page) throws IOException {
        JsonNode doc = json.readTree(JsonProviderLookup.withoutScan(() -> compactWithOurContext(page)));
        List<JsonNode> nodes = new ArrayList<>();
        if (doc instanceof ObjectNode obj) {
            obj.remove("@context");
            JsonNode graphObject = obj.has("@graph") && !obj.has("@id") ? obj.get("@graph") : obj;
            if (graphObject.isArray()) {
                graphObject.forEach(n -> nodes.add(canonical(n)));
            } else {
                nodes.add(canonical(graphObject));
            }
        }
        checkWithRio(nodes, page.size());
        return List.copyOf(nodes);
    }

    /**
     * The page turned into expanded JSON-LD by Titanium's RDF-to-JSON-LD algorithm, fed the terms as
     * Jena's JSON-LD writer feeds them, and compacted once with the published context. Jena's writer
     * would first compact with the prefixes alone and print the result, which the second compaction
     * had to parse and expand again: the same expanded form, for three times the work.
     */
    private String compactWithOurContext(SortedPage page) throws IOException {
        QuadsToJsonld toJsonLd = JsonLd.fromRdf().mode(JsonLdVersion.V1_1);
        String graph = resource(page.graphName());
        try {
            for (Triple t : page.triples()) {
                Node o = t.getObject();
                if (o.isLiteral()) {
                    String lang = o.getLiteralLanguage();
                    toJsonLd.quad(resource(t.getSubject()), resource(t.getPredicate()), o.getLiteralLexicalForm(),
                            o.getLiteralDatatypeURI(), lang.isEmpty() ? null : lang,
                            o.getLiteralBaseDirection() == null ? null : o.getLiteralBaseDirection().toString(), graph);
                } else {
                    toJsonLd.quad(resource(t.getSubject()), resource(t.getPredicate()), resource(o), null, null, null,
                            graph);
                }
            }
            return JsonLd.compact(JsonDocument.of(toJsonLd.toJsonLd()), contextDocument).get().toString();
        } catch (JsonLdError | RdfConsumerException e) {
            throw new IOException("JSON-LD compaction of graph " + page.graphNameForm() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static String resource(Node n) {
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        if (n.isURI()) {
            return n.getURI();
        }
        throw new IllegalArgumentException("not an IRI or a blank node: " + n);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void page(SortedPage page, Object prepared) throws IOException {
        for (JsonNode n : (List<JsonNode>) prepared) {
            out.writeTree(n);
        }
    }

    @Override
    public void finish() throws IOException {
        out.writeEndArray();
        out.writeEndObject();
        out.flush();
    }

    /**
     * RDF4J's JSON-LD parser reads a whole document into memory, so the JSON-LD dump is re-read
     * one page at a time, as it is written, instead of once at the end.
     */
    private void checkWithRio(List<JsonNode> nodes, long expected) throws IOException {
        ObjectNode doc = json.createObjectNode();
        doc.set("@context", context);
        ArrayNode graph = doc.putArray("@graph");
        nodes.forEach(graph::add);
        long[] count = {0};
        RDFParser parser = Rio.createParser(RdfSyntax.JSONLD.rioFormat());
        parser.setRDFHandler(new org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler() {
            @Override
            public void handleStatement(org.eclipse.rdf4j.model.Statement st) {
                count[0]++;
            }
        });
        parser.parse(new ByteArrayInputStream(json.writeValueAsBytes(doc)), "");
        if (count[0] != expected) {
            throw new IllegalStateException("RDF4J Rio read " + count[0] + " statements from a JSON-LD graph, "
                    + expected + " were written");
        }
    }

    /**
     * Object keys sorted and arrays sorted by content, since JSON-LD arrays are sets — except the
     * value of {@code @list} (an RDF list, such as owl:unionOf in the ontology), whose order is data.
     */
    private JsonNode canonical(JsonNode n) {
        if (n.isObject()) {
            ObjectNode sorted = json.createObjectNode();
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            names.sort(Comparator.naturalOrder());
            for (String name : names) {
                sorted.set(name, name.equals("@list") ? canonicalItems(n.get(name)) : canonical(n.get(name)));
            }
            return sorted;
        }
        if (n.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            n.elements().forEachRemaining(item -> items.add(canonical(item)));
            items.sort(Comparator.comparing(JsonNode::toString));
            ArrayNode a = json.createArrayNode();
            items.forEach(a::add);
            return a;
        }
        return n;
    }

    private JsonNode canonicalItems(JsonNode list) {
        if (!list.isArray()) {
            return canonical(list);
        }
        ArrayNode a = json.createArrayNode();
        list.forEach(item -> a.add(canonical(item)));
        return a;
    }
}
