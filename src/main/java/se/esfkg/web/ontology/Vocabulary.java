package se.esfkg.web.ontology;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;

import se.esfkg.web.site.Labels;

/** Reading labels and texts of vocabulary terms in the visitor's language, and naming terms briefly. */
final class Vocabulary {

    static final String ONTOLOGY = "https://w3id.org/esf-kg/ontology";
    static final String ESF = ONTOLOGY + "#";
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("esf", ESF)
            .setNsPrefix("esfdef", "https://w3id.org/esf-kg/def/")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("schema", "http://schema.org/")
            .setNsPrefix("schemas", "https://schema.org/")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("vcard", "http://www.w3.org/2006/vcard/ns#")
            .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
            .lock();

    private Vocabulary() {
    }

    /** A term's link: local name and label; {@code esf:} terms link to their section of /ontology. */
    record Ref(String iri, String label, String curie) {
    }

    /** The literal of {@code property} in {@code lang}, else in Swedish, else untagged, else any. */
    static Optional<String> text(Resource r, Property property, String lang) {
        List<Literal> values = r.listProperties(property).toList().stream().map(s -> s.getObject())
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral).toList();
        for (String want : List.of(lang, "sv", "")) {
            Optional<String> hit = values.stream().filter(l -> l.getLanguage().equals(want)).map(Literal::getLexicalForm).findFirst();
            if (hit.isPresent()) {
                return hit;
            }
        }
        return values.stream().map(Literal::getLexicalForm).findFirst();
    }

    static String curie(String iri) {
        String short1 = PREFIXES.shortForm(iri);
        return short1.startsWith("schemas:") ? "schema:" + short1.substring(8) : short1;
    }

    static Ref ref(Model model, Resource r, String lang, Property... labelProperties) {
        if (!r.isURIResource()) {
            return new Ref(null, "…", "…");
        }
        String label = null;
        for (Property p : labelProperties) {
            label = text(model.getResource(r.getURI()), p, lang).orElse(null);
            if (label != null) {
                break;
            }
        }
        return new Ref(r.getURI(), label == null ? curie(r.getURI()) : label, curie(r.getURI()));
    }

    static Comparator<Ref> byLabel() {
        return Comparator.comparing(Ref::label, Labels.order());
    }
}
