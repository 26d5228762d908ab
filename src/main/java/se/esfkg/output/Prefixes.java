package se.esfkg.output;

import java.util.LinkedHashMap;
import java.util.Map;
import se.esfkg.map.Esf;

/**
 * The one prefix table: the prefixes every serialisation declares, and the few more that messages
 * and SPARQL use. Insertion order is fixed so that output is stable.
 */
public final class Prefixes {

    private Prefixes() {
    }

    /** What every dump declares. */
    public static Map<String, String> standard() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("esf", Esf.NS);
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("schema", "http://schema.org/");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return m;
    }

    /** The dumps' prefixes and those of the concept schemes and contact vocabularies, for messages and queries. */
    public static Map<String, String> all() {
        Map<String, String> m = standard();
        m.put("esfdef", Esf.DEF);
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        m.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        return m;
    }
}
