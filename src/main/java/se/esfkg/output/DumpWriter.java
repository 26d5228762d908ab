package se.esfkg.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;

/**
 * Writes the six dumps at once, one named graph at a time, so that memory holds one page's graph
 * and never the corpus. Within a graph, triples are sorted by their N-Triples form: the same
 * input gives the same bytes.
 */
public final class DumpWriter implements AutoCloseable {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private final Path dir;
    private final Map<String, String> prefixes;
    private final Map<RdfSyntax, OutputStream> streams = new EnumMap<>(RdfSyntax.class);
    private final StreamRDF turtle;
    private final StreamRDF trig;
    private final RDFWriter rdfXml;
    private final JsonGenerator jsonLd;
    private final ObjectMapper json = new ObjectMapper();
    private long triples;
    private long graphs;

    public DumpWriter(Path dir, Map<String, String> prefixes) {
        this.dir = dir;
        this.prefixes = Map.copyOf(prefixes);
        try {
            Files.createDirectories(dir);
            for (RdfSyntax f : RdfSyntax.values()) {
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(f.fileName())), 1 << 16);
                streams.put(f, f.gzip() ? new GZIPOutputStream(out, 1 << 16) : out);
            }
            turtle = StreamRDFWriter.getWriterStream(streams.get(RdfSyntax.TURTLE), RDFFormat.TURTLE_BLOCKS);
            trig = StreamRDFWriter.getWriterStream(streams.get(RdfSyntax.TRIG), RDFFormat.TRIG_BLOCKS);
            rdfXml = Rio.createWriter(org.eclipse.rdf4j.rio.RDFFormat.RDFXML, streams.get(RdfSyntax.RDFXML));
            jsonLd = json.getFactory().createGenerator(streams.get(RdfSyntax.JSONLD));
            jsonLd.useDefaultPrettyPrinter();
            start(prefixes);
            writeContextFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start(Map<String, String> ordered) throws IOException {
        turtle.start();
        trig.start();
        rdfXml.startRDF();
        for (Map.Entry<String, String> e : orderedPrefixes(ordered)) {
            turtle.prefix(e.getKey(), e.getValue());
            trig.prefix(e.getKey(), e.getValue());
            rdfXml.handleNamespace(e.getKey(), e.getValue());
        }
        jsonLd.writeStartObject();
        jsonLd.writeFieldName("@context");
        jsonLd.writeTree(context());
        jsonLd.writeArrayFieldStart("@graph");
    }

    private static List<Map.Entry<String, String>> orderedPrefixes(Map<String, String> m) {
        return new ArrayList<>(new TreeMap<>(m).entrySet());
    }

    private ObjectNode context() {
        ObjectNode ctx = json.createObjectNode();
        orderedPrefixes(prefixes).forEach(e -> ctx.put(e.getKey(), e.getValue()));
        return ctx;
    }

    private void writeContextFile() throws IOException {
        ObjectNode doc = json.createObjectNode();
        doc.set("@context", context());
        json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(RdfSyntax.JSONLD_CONTEXT_FILE).toFile(), doc);
    }

    /** Appends one named graph to every dump. */
    public void write(Node graphName, Graph graph) {
        List<Triple> sorted = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(sorted::add);
        List<String[]> lines = new ArrayList<>(sorted.size());
        for (Triple t : sorted) {
            lines.add(new String[] {NodeFmtLib.strNT(t.getSubject()), NodeFmtLib.strNT(t.getPredicate()),
                NodeFmtLib.strNT(t.getObject())});
        }
        Comparator<Integer> byLine = Comparator.comparing((Integer i) -> lines.get(i)[0])
                .thenComparing(i -> lines.get(i)[1]).thenComparing(i -> lines.get(i)[2]);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            order.add(i);
        }
        order.sort(byLine);
        String g = NodeFmtLib.strNT(graphName);
        try {
            OutputStream nt = streams.get(RdfSyntax.NTRIPLES);
            OutputStream nq = streams.get(RdfSyntax.NQUADS);
            for (int i : order) {
                String[] l = lines.get(i);
                String spo = l[0] + " " + l[1] + " " + l[2];
                nt.write((spo + " .\n").getBytes(StandardCharsets.UTF_8));
                nq.write((spo + " " + g + " .\n").getBytes(StandardCharsets.UTF_8));
                Triple t = sorted.get(i);
                turtle.triple(t);
                trig.quad(Quad.create(graphName, t));
                rdfXml.handleStatement(VF.createStatement(resource(t.getSubject()),
                        VF.createIRI(t.getPredicate().getURI()), value(t.getObject())));
            }
            writeJsonLd(graphName, graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        triples += sorted.size();
        graphs++;
    }

    /** Jena writes the graph as compact JSON-LD with the shared context; it is embedded, sorted. */
    private void writeJsonLd(Node graphName, Graph graph) throws IOException {
        DatasetGraph one = DatasetGraphFactory.create();
        one.addGraph(graphName, graph);
        prefixes.forEach((k, v) -> one.prefixes().add(k, v));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RDFDataMgr.write(buffer, one, RDFFormat.JSONLD11);
        JsonNode doc = json.readTree(buffer.toByteArray());
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
        checkJsonLdWithRio(nodes, graph.size());
        for (JsonNode n : nodes) {
            jsonLd.writeTree(n);
        }
    }

    /**
     * RDF4J's JSON-LD parser reads a whole document into memory, so the JSON-LD dump is re-read
     * independently one graph at a time, as it is written, instead of once at the end.
     */
    private void checkJsonLdWithRio(List<JsonNode> nodes, long expected) throws IOException {
        ObjectNode doc = json.createObjectNode();
        doc.set("@context", context());
        ArrayNode graphs = doc.putArray("@graph");
        nodes.forEach(graphs::add);
        long[] count = {0};
        org.eclipse.rdf4j.rio.RDFParser parser = Rio.createParser(org.eclipse.rdf4j.rio.RDFFormat.JSONLD);
        parser.setRDFHandler(new org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler() {
            @Override
            public void handleStatement(org.eclipse.rdf4j.model.Statement st) {
                count[0]++;
            }
        });
        parser.parse(new java.io.ByteArrayInputStream(json.writeValueAsBytes(doc)), "");
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
            for (Iterator<JsonNode> it = n.elements(); it.hasNext();) {
                items.add(canonical(it.next()));
            }
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

    /** Triples written to each triple syntax, which is also the number of quads in each quad syntax. */
    public long triples() {
        return triples;
    }

    public long graphs() {
        return graphs;
    }

    @Override
    public void close() {
        try {
            turtle.finish();
            trig.finish();
            rdfXml.endRDF();
            jsonLd.writeEndArray();
            jsonLd.writeEndObject();
            jsonLd.flush();
            for (OutputStream out : streams.values()) {
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
