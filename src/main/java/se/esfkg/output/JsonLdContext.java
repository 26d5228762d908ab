package se.esfkg.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The JSON-LD context the JSON-LD dump embeds and {@link JsonLdContextSink} publishes beside it. */
final class JsonLdContext {

    private JsonLdContext() {
    }

    static ObjectNode of(Map<String, String> prefixes, ObjectMapper json) {
        ObjectNode context = json.createObjectNode();
        prefixes.forEach(context::put);
        return context;
    }
}
