package se.esfkg.web.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.esfkg.map.Esf;

/**
 * The schema.org description search engines read from a page ({@code <script type="application/ld+json">}):
 * the resource's kind, name, description, dates, identifiers and the places and organisations it
 * belongs to. Written with Jackson, then made safe to sit inside a script element.
 */
final class SchemaOrg {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final Node START = NodeFactory.createURI("http://schema.org/startDate");
    private static final Node END = NodeFactory.createURI("http://schema.org/endDate");

    private SchemaOrg() {
    }

    static String of(Description d, Locale locale) {
        DescriptionLabels labels = new DescriptionLabels(d, locale);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@id", d.subject().getURI());
        json.put("@type", type(d));
        json.put("url", d.subject().getURI());
        labels.of(d.subject()).ifPresent(n -> json.put("name", n));
        literal(d, DCTerms.abstract_.asNode()).ifPresent(v -> json.put("description", v));
        literal(d, START).ifPresent(v -> json.put("startDate", v));
        literal(d, END).ifPresent(v -> json.put("endDate", v));
        literal(d, DCTerms.identifier.asNode()).ifPresent(v -> json.put("identifier", v));
        List<String> sameAs = objects(d, OWL.sameAs.asNode());
        if (!sameAs.isEmpty()) {
            json.put("sameAs", sameAs);
        }
        List<String> places = objects(d, Esf.municipality);
        if (!places.isEmpty()) {
            json.put("location", places.stream().map(p -> ref(p, labels)).toList());
        }
        objects(d, NodeFactory.createURI(ORG + "unitOf")).stream().findFirst()
                .ifPresent(p -> json.put("parentOrganization", ref(p, labels)));
        objects(d, Esf.county).stream().findFirst().ifPresent(p -> json.put("containedInPlace", ref(p, labels)));
        objects(d, SKOS.inScheme.asNode()).stream().findFirst().ifPresent(p -> json.put("inDefinedTermSet", ref(p, labels)));
        try {
            // Inside <script>, "</script>" or "<!--" in a value must not end the element.
            return JSON.writeValueAsString(json).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> ref(String iri, DescriptionLabels labels) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@id", iri);
        labels.of(NodeFactory.createURI(iri)).ifPresent(n -> m.put("name", n));
        return m;
    }

    private static String type(Description d) {
        List<String> types = objects(d, RDF.type.asNode());
        if (types.contains(Esf.Project.getURI())) {
            return "Project";
        }
        if (types.contains(Esf.Municipality.getURI()) || types.contains(Esf.County.getURI())
                || types.contains(Esf.EsfRegion.getURI())) {
            return "AdministrativeArea";
        }
        if (types.contains(ORG + "FormalOrganization") || types.contains(ORG + "OrganizationalUnit")) {
            return "Organization";
        }
        if (types.contains(SKOS.ConceptScheme.getURI())) {
            return "DefinedTermSet";
        }
        if (types.contains(SKOS.Concept.getURI())) {
            return "DefinedTerm";
        }
        if (types.contains(OWL.Ontology.getURI())) {
            return "Dataset";
        }
        return "Thing";
    }

    private static Optional<String> literal(Description d, Node p) {
        return d.about().stream().filter(q -> q.getSubject().equals(d.subject()) && q.getPredicate().equals(p))
                .map(Quad::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst();
    }

    private static List<String> objects(Description d, Node p) {
        return d.about().stream().filter(q -> q.getSubject().equals(d.subject()) && q.getPredicate().equals(p))
                .map(Quad::getObject).filter(Node::isURI).map(Node::getURI).distinct().toList();
    }
}
