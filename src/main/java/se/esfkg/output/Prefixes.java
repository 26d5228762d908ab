package se.esfkg.output;

import java.util.LinkedHashMap;
import java.util.Map;
import se.esfkg.map.Esf;

/** The prefixes every serialisation declares, in a fixed order so that output is stable. */
public final class Prefixes {

    private Prefixes() {
    }

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
}
