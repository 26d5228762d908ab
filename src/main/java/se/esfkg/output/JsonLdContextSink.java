package se.esfkg.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** {@code context.jsonld}: the JSON-LD dump's context as a file of its own, for JSON users to reference. */
final class JsonLdContextSink implements DumpSink {

    private final OutputStream out;
    private final ObjectMapper json = new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    JsonLdContextSink(OutputStream out) {
        this.out = out;
    }

    @Override
    public void start(Map<String, String> prefixes) throws IOException {
        ObjectNode doc = json.createObjectNode();
        doc.set("@context", JsonLdContext.of(prefixes, json));
        json.writerWithDefaultPrettyPrinter().writeValue(out, doc);
    }

    @Override
    public void page(SortedPage page) {
        // The context does not depend on the pages.
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
