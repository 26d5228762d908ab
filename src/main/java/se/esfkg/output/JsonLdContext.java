package se.esfkg.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import se.esfkg.knowledge.KnowledgeBase;

/**
 * The JSON-LD context the JSON-LD dump is compacted with and {@link JsonLdContextSink} publishes
 * beside it. Besides the prefixes it coerces values, so that a JSON user reads
 * {@code "esf:esfGrant": "2774340"} and {@code "schema:startDate": "2014-01-02"} rather than
 * {@code {"@value": …, "@type": …}} objects, and {@code "esf:owner": "esfid:…"} as a link:
 * <ul>
 *   <li>every object property of the ontology is {@code "@type": "@id"};</li>
 *   <li>every datatype property whose range is xsd:decimal, xsd:integer, xsd:boolean or xsd:date has
 *       that {@code @type};</li>
 *   <li>the few borrowed properties the mapper writes (schema dates, PROV, org:unitOf, dcterms:source)
 *       likewise;</li>
 *   <li>{@code label}, {@code prefLabel} and {@code title} are language maps of rdfs:label,
 *       skos:prefLabel and dcterms:title: {@code "label": {"sv": "…", "en": "…"}}.</li>
 * </ul>
 * Terms are keyed by their compact IRI ({@code "esf:esfGrant"}), so keys stay what they were; a value
 * that does not fit its coercion keeps the full form under the full IRI, and every document still
 * reads back to the same triples.
 */
final class JsonLdContext {

    private static final String XSD = XSDDatatype.XSD + "#";
    private static final Map<String, String> COERCED_RANGES = Map.of(
            XSD + "decimal", "decimal", XSD + "integer", "integer", XSD + "boolean", "boolean", XSD + "date", "date");

    /** Properties from other vocabularies the mapper writes, with what their values are. */
    private static final Map<String, String> BORROWED = Map.of(
            "http://schema.org/startDate", XSD + "date",
            "http://schema.org/endDate", XSD + "date",
            "http://schema.org/contactPoint", "@id",
            "http://purl.org/dc/terms/source", "@id",
            "http://www.w3.org/ns/prov#wasDerivedFrom", "@id",
            "http://www.w3.org/ns/prov#wasGeneratedBy", "@id",
            "http://www.w3.org/ns/prov#agent", "@id",
            "http://www.w3.org/ns/org#unitOf", "@id",
            "http://www.w3.org/2004/02/skos/core#inScheme", "@id");

    /** Property IRI to the {@code @type} its values are coerced to; read once from the shipped ontology. */
    private static final Map<String, String> COERCIONS = coercions();

    private JsonLdContext() {
    }

    static ObjectNode of(Map<String, String> prefixes, ObjectMapper json) {
        ObjectNode context = json.createObjectNode();
        prefixes.forEach(context::put);
        new TreeMap<>(COERCIONS).forEach((property, type) -> compact(property, prefixes).ifPresent(term -> {
            String coerced = type.equals("@id") ? type : compact(type, prefixes).orElse(type);
            context.putObject(term).put("@type", coerced);
        }));
        context.putObject("label").put("@id", RDFS.label.getURI()).put("@container", "@language");
        context.putObject("prefLabel").put("@id", "http://www.w3.org/2004/02/skos/core#prefLabel")
                .put("@container", "@language");
        context.putObject("title").put("@id", "http://purl.org/dc/terms/title").put("@container", "@language");
        return context;
    }

    private static Optional<String> compact(String iri, Map<String, String> prefixes) {
        return prefixes.entrySet().stream()
                .filter(p -> iri.startsWith(p.getValue()) && iri.length() > p.getValue().length())
                .filter(p -> iri.substring(p.getValue().length()).matches("[A-Za-z][A-Za-z0-9_-]*"))
                .map(p -> p.getKey() + ":" + iri.substring(p.getValue().length()))
                .findFirst();
    }

    private static Map<String, String> coercions() {
        Map<String, String> all = new TreeMap<>(BORROWED);
        Graph ontology;
        try (InputStream in = JsonLdContext.class.getClassLoader().getResourceAsStream(KnowledgeBase.ONTOLOGY_FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + KnowledgeBase.ONTOLOGY_FILE);
            }
            ontology = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Node type = RDF.type.asNode();
        ontology.find(Node.ANY, type, OWL.ObjectProperty.asNode())
                .forEachRemaining(t -> all.put(t.getSubject().getURI(), "@id"));
        ontology.find(Node.ANY, type, OWL.DatatypeProperty.asNode()).forEachRemaining(t ->
                ontology.find(t.getSubject(), RDFS.range.asNode(), Node.ANY).forEachRemaining(r -> {
                    String range = r.getObject().isURI() ? r.getObject().getURI() : "";
                    if (COERCED_RANGES.containsKey(range)) {
                        all.put(t.getSubject().getURI(), range);
                    }
                }));
        return Map.copyOf(all);
    }

    /** For tests: the coerced type of a property, if any. */
    static Optional<String> coercionOf(String propertyIri) {
        return Optional.ofNullable(COERCIONS.get(propertyIri));
    }
}
