package se.esfkg.web.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import se.esfkg.web.ontology.Shapes.Constraint;
import se.esfkg.web.ontology.Vocabulary.Ref;

/**
 * The ontology as a reference for people: every esf: class with its parents, the properties whose
 * domain it is and the SHACL constraints on it; every esf: property with domain and range; the
 * concept schemes. Labels and comments in the visitor's language.
 */
final class OntologyReference {

    /** {@code anchor} is the term's local name, its section id on the page. */
    record Term(Ref ref, String anchor, String kind, String comment, List<Ref> parents, List<Ref> domains,
            List<Ref> ranges) {
    }

    record ClassDoc(Term term, List<Term> properties, List<Constraint> constraints) {
    }

    record Reference(String iri, String title, String description, String version, String licence,
            List<ClassDoc> classes, List<Term> properties, List<Ref> schemes) {
    }

    private static final Map<Resource, String> PROPERTY_KINDS = Map.of(
            OWL2.ObjectProperty, "object", OWL2.DatatypeProperty, "datatype", OWL2.AnnotationProperty, "annotation");

    Reference read(Model model, Shapes shapes, String lang) {
        Resource ontology = model.getResource(Vocabulary.ONTOLOGY);
        List<Term> properties = new ArrayList<>();
        for (Resource kind : PROPERTY_KINDS.keySet()) {
            model.listSubjectsWithProperty(RDF.type, kind).filterKeep(this::isEsf)
                    .forEachRemaining(p -> properties.add(term(model, p, PROPERTY_KINDS.get(kind), lang)));
        }
        properties.sort(Comparator.comparing(t -> t.ref().label().toLowerCase()));
        List<ClassDoc> classes = new ArrayList<>();
        for (Resource c : model.listSubjectsWithProperty(RDF.type, OWL2.Class).filterKeep(this::isEsf).toList()) {
            Term t = term(model, c, "class", lang);
            List<Term> own = properties.stream().filter(p -> p.domains().stream().anyMatch(d -> c.getURI().equals(d.iri()))).toList();
            classes.add(new ClassDoc(t, own, shapes.on(c.getURI(), model, lang)));
        }
        classes.sort(Comparator.comparing(c -> c.term().ref().label().toLowerCase()));
        Map<String, Ref> schemes = new TreeMap<>();
        model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).forEachRemaining(s -> {
            if (s.isURIResource()) {
                Ref r = Vocabulary.ref(model, s, lang, DCTerms.title, SKOS.prefLabel);
                schemes.put(r.label().toLowerCase() + s.getURI(), r);
            }
        });
        return new Reference(Vocabulary.ONTOLOGY,
                Vocabulary.text(ontology, DCTerms.title, lang).orElse("esf-kg"),
                Vocabulary.text(ontology, DCTerms.description, lang).orElse(""),
                Vocabulary.text(ontology, OWL2.versionInfo, lang).orElse(""),
                ontology.hasProperty(DCTerms.license) ? ontology.getPropertyResourceValue(DCTerms.license).getURI() : null,
                classes, properties, List.copyOf(schemes.values()));
    }

    private boolean isEsf(Resource r) {
        return r.isURIResource() && r.getURI().startsWith(Vocabulary.ESF);
    }

    private Term term(Model model, Resource r, String kind, String lang) {
        Ref ref = Vocabulary.ref(model, r, lang, RDFS.label, SKOS.prefLabel);
        Property parent = kind.equals("class") ? RDFS.subClassOf : RDFS.subPropertyOf;
        return new Term(ref, r.getLocalName(), kind, Vocabulary.text(r, RDFS.comment, lang).orElse(""),
                refs(model, r, parent, lang), refs(model, r, RDFS.domain, lang), refs(model, r, RDFS.range, lang));
    }

    private List<Ref> refs(Model model, Resource r, Property p, String lang) {
        Set<String> seen = new java.util.HashSet<>();
        List<Ref> out = new ArrayList<>();
        for (RDFNode n : r.listProperties(p).mapWith(s -> s.getObject()).toList()) {
            if (n.isURIResource() && seen.add(n.asResource().getURI())) {
                out.add(Vocabulary.ref(model, n.asResource(), lang, RDFS.label, SKOS.prefLabel));
            } else if (n.isAnon()) {
                // owl:unionOf lists: name each member.
                Resource list = n.asResource().getPropertyResourceValue(OWL2.unionOf);
                if (list != null && list.canAs(org.apache.jena.rdf.model.RDFList.class)) {
                    list.as(org.apache.jena.rdf.model.RDFList.class).iterator().forEachRemaining(m -> {
                        if (m.isURIResource() && seen.add(m.asResource().getURI())) {
                            out.add(Vocabulary.ref(model, m.asResource(), lang, RDFS.label, SKOS.prefLabel));
                        }
                    });
                }
            }
        }
        return out;
    }
}
