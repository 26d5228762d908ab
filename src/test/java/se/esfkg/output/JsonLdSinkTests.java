package se.esfkg.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON-LD dump's nodes are what Jena's own JSON-LD 1.1 writer gives, compacted again by Titanium
 * with the published context (how the sink made them before it fed Titanium directly), on pages with
 * every kind of value the converter writes and the hostile strings the fuzzer found.
 */
class JsonLdSinkTests {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/dump/two-graphs.trig", "src/test/resources/dump/hostile-values.trig"})
    void eachPageIsWhatJenasWriterAndTitaniumsCompactionGive(String file) throws Exception {
        DatasetGraph input = RDFDataMgr.loadDatasetGraph(file);
        Map<String, String> prefixes = new TreeMap<>(Prefixes.standard());
        ObjectNode context = JsonLdContext.of(prefixes, json);
        List<Node> graphs = new ArrayList<>();
        input.listGraphNodes().forEachRemaining(graphs::add);
        assertThat(graphs).isNotEmpty();
        for (Node g : graphs) {
            SortedPage page = SortedPage.of(g, input.getGraph(g));
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            JsonLdSink sink = new JsonLdSink(written);
            sink.start(prefixes);
            sink.page(page);
            sink.finish();
            JsonNode ours = json.readTree(written.toByteArray()).get("@graph");

            assertThat(ours).as("graph %s", g).isEqualTo(sorted(viaJenasWriter(g, input, prefixes, context)));
        }
    }

    /** The route through Jena's writer: JSON-LD 1.1 with the prefixes, then compacted with the context. */
    private JsonNode viaJenasWriter(Node g, DatasetGraph input, Map<String, String> prefixes, ObjectNode context)
            throws Exception {
        DatasetGraph one = DatasetGraphFactory.create();
        one.addGraph(g, input.getGraph(g));
        prefixes.forEach((k, v) -> one.prefixes().add(k, v));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RDFDataMgr.write(buffer, one, RDFFormat.JSONLD11);
        ObjectNode wrapper = json.createObjectNode();
        wrapper.set("@context", context);
        String compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(buffer.toByteArray())),
                JsonDocument.of(new StringReader(json.writeValueAsString(wrapper)))).get().toString();
        ObjectNode doc = (ObjectNode) json.readTree(compacted);
        doc.remove("@context");
        ArrayNode nodes = json.createArrayNode();
        if (doc.has("@graph") && !doc.has("@id")) {
            doc.get("@graph").forEach(nodes::add);
        } else {
            nodes.add(doc);
        }
        return nodes;
    }

    /** Arrays sorted by their items' text at every level, since JSON-LD arrays are sets, except a list's items. */
    private JsonNode sorted(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = json.createObjectNode();
            new TreeMap<String, JsonNode>(toMap(n)).forEach((k, v) -> o.set(k, k.equals("@list") ? inOrder(v) : sorted(v)));
            return o;
        }
        if (n.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            n.forEach(i -> items.add(sorted(i)));
            items.sort(Comparator.comparing(JsonNode::toString));
            ArrayNode a = json.createArrayNode();
            items.forEach(a::add);
            return a;
        }
        return n;
    }

    private JsonNode inOrder(JsonNode list) {
        if (!list.isArray()) {
            return sorted(list);
        }
        ArrayNode a = json.createArrayNode();
        list.forEach(i -> a.add(sorted(i)));
        return a;
    }

    private static Map<String, JsonNode> toMap(JsonNode n) {
        Map<String, JsonNode> m = new TreeMap<>();
        n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }
}
