package se.esfkg.web.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import se.esfkg.web.site.Labels;

/** A SKOS concept scheme for people: its concepts as a tree (skos:broader), labelled in both languages. */
final class SchemeReference {

    /** {@code label} in the visitor's language, {@code otherLabel} in the other one (when it differs). */
    record Concept(String iri, String label, String otherLabel, String otherLang, String notation, String definition,
            List<Concept> narrower) {
    }

    record Scheme(String iri, String title, String definition, List<Concept> top, int concepts) {
    }

    Scheme read(Model model, String schemeIri, String lang) {
        Resource scheme = model.getResource(schemeIri);
        String other = "sv".equals(lang) ? "en" : "sv";
        Set<Resource> members = new LinkedHashSet<>(model.listSubjectsWithProperty(SKOS.inScheme, scheme).toList());
        members.addAll(model.listSubjectsWithProperty(SKOS.topConceptOf, scheme).toList());
        scheme.listProperties(SKOS.hasTopConcept).forEachRemaining(s -> members.add(s.getResource()));
        List<Resource> top = new ArrayList<>();
        for (Resource c : members) {
            boolean hasBroaderInScheme = c.listProperties(SKOS.broader).toList().stream()
                    .anyMatch(s -> members.contains(s.getResource()));
            if (!hasBroaderInScheme) {
                top.add(c);
            }
        }
        Set<Resource> visited = new HashSet<>();
        List<Concept> tree = sorted(top.stream().map(c -> concept(model, c, members, lang, other, visited)).toList());
        return new Scheme(schemeIri,
                Vocabulary.text(scheme, DCTerms.title, lang).or(() -> Vocabulary.text(scheme, SKOS.prefLabel, lang))
                        .orElse(Vocabulary.curie(schemeIri)),
                Vocabulary.text(scheme, SKOS.definition, lang).or(() -> Vocabulary.text(scheme, DCTerms.description, lang))
                        .orElse(""),
                tree, members.size());
    }

    static boolean isScheme(Model model, String iri) {
        return model.contains(model.getResource(iri), RDF.type, SKOS.ConceptScheme);
    }

    private Concept concept(Model model, Resource c, Set<Resource> members, String lang, String other, Set<Resource> visited) {
        visited.add(c);
        List<Resource> children = new ArrayList<>(model.listSubjectsWithProperty(SKOS.broader, c).toList());
        c.listProperties(SKOS.narrower).forEachRemaining(s -> children.add(s.getResource()));
        List<Concept> narrower = sorted(children.stream().distinct()
                .filter(members::contains).filter(ch -> !visited.contains(ch))
                .map(ch -> concept(model, ch, members, lang, other, visited)).toList());
        String label = Vocabulary.text(c, SKOS.prefLabel, lang).orElse(Vocabulary.curie(c.getURI()));
        String otherLabel = c.listProperties(SKOS.prefLabel).toList().stream()
                .filter(s -> s.getObject().isLiteral() && s.getLanguage().equals(other))
                .map(s -> s.getString()).findFirst().filter(l -> !l.equals(label)).orElse(null);
        return new Concept(c.getURI(), label, otherLabel, other,
                c.hasProperty(SKOS.notation) ? c.getProperty(SKOS.notation).getString() : null,
                Vocabulary.text(c, SKOS.definition, lang).orElse(null), narrower);
    }

    private static List<Concept> sorted(List<Concept> concepts) {
        return concepts.stream().sorted(Comparator
                .comparing((Concept c) -> c.notation() == null ? "" : String.format("%20s", c.notation()))
                .thenComparing(Concept::label, Labels.order())).toList();
    }
}
