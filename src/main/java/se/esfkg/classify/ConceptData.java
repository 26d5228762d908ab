package se.esfkg.classify;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import se.esfkg.knowledge.KnowledgeBase;

/**
 * What the classifier knows, read from the SKOS concept files: for each concept its match phrases
 * ({@code skos:hiddenLabel}) and structural rules ({@code esf:matchRule}); for the target-group
 * scheme the sections in which a phrase needs a cue in its sentence; for each partner country the
 * phrases that name it. Nothing here is language data written in Java.
 */
public record ConceptData(List<ConceptRules> cooperationModels, List<ConceptRules> targetGroups,
        Set<String> cueSectionTypes, List<Phrase> cues, List<CountryPhrases> countries) {

    public static final String DEF = "https://w3id.org/esf-kg/def/";
    public static final String COOPERATION_MODEL_SCHEME = DEF + "cooperation-model";
    public static final String TARGET_GROUP_SCHEME = DEF + "target-group";
    public static final String SECTION_TYPE = DEF + "section-type/";
    public static final String COUNTRY = "http://publications.europa.eu/resource/authority/country/";
    public static final String ESF = "https://w3id.org/esf-kg/ontology#";

    public ConceptData {
        cooperationModels = List.copyOf(cooperationModels);
        targetGroups = List.copyOf(targetGroups);
        cueSectionTypes = Set.copyOf(cueSectionTypes);
        cues = List.copyOf(cues);
        countries = List.copyOf(countries);
    }

    /** One concept and what assigns it. */
    public record ConceptRules(String iri, List<Phrase> phrases, List<String> matchRules,
            List<Phrase> notApplicable) {

        public ConceptRules {
            Objects.requireNonNull(iri, "iri");
            phrases = List.copyOf(phrases);
            matchRules = List.copyOf(matchRules);
            notApplicable = List.copyOf(notApplicable);
        }
    }

    /** A country by its EU authority-table code and the phrases that name it. */
    public record CountryPhrases(String code, List<Phrase> phrases) {

        public CountryPhrases {
            Objects.requireNonNull(code, "code");
            phrases = List.copyOf(phrases);
        }
    }

    /** What the knowledge base's concept schemes say. */
    public static ConceptData from(KnowledgeBase knowledge) {
        return from(ModelFactory.createModelForGraph(knowledge.concepts()));
    }

    public static ConceptData from(Model model) {
        Property matchRule = model.createProperty(ESF, "matchRule");
        Property notApplicable = model.createProperty(ESF, "notApplicableLabel");
        Property cueLabel = model.createProperty(ESF, "cueLabel");
        Property cueRequiredIn = model.createProperty(ESF, "cueRequiredIn");
        Resource targetScheme = model.createResource(TARGET_GROUP_SCHEME);

        Set<String> cueSections = model.listObjectsOfProperty(targetScheme, cueRequiredIn).toList().stream()
                .filter(RDFNode::isURIResource)
                .map(n -> n.asResource().getURI())
                .filter(iri -> iri.startsWith(SECTION_TYPE))
                .map(iri -> iri.substring(SECTION_TYPE.length()))
                .collect(Collectors.toSet());

        List<CountryPhrases> countries = model.listSubjectsWithProperty(SKOS.hiddenLabel).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(COUNTRY))
                .map(r -> new CountryPhrases(r.getURI().substring(COUNTRY.length()),
                        swedishPhrases(r, SKOS.hiddenLabel)))
                .sorted(Comparator.comparing(CountryPhrases::code))
                .toList();

        return new ConceptData(concepts(model, COOPERATION_MODEL_SCHEME, matchRule, notApplicable),
                concepts(model, TARGET_GROUP_SCHEME, matchRule, notApplicable),
                cueSections, swedishPhrases(targetScheme, cueLabel), countries);
    }

    /** The scheme's concepts by IRI, so that the output order does not depend on the file. */
    private static List<ConceptRules> concepts(Model model, String scheme, Property matchRule,
            Property notApplicable) {
        return model.listSubjectsWithProperty(SKOS.inScheme, model.createResource(scheme)).toList().stream()
                .filter(r -> r.isURIResource() && r.hasProperty(RDF.type, SKOS.Concept))
                .map(r -> new ConceptRules(r.getURI(), swedishPhrases(r, SKOS.hiddenLabel),
                        r.listProperties(matchRule).toList().stream()
                                .map(s -> s.getString().strip()).sorted().toList(),
                        swedishPhrases(r, notApplicable)))
                .sorted(Comparator.comparing(ConceptRules::iri))
                .toList();
    }

    /** Phrases tagged {@code @sv} (or untagged), sorted so that matching is reproducible. */
    private static List<Phrase> swedishPhrases(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .filter(l -> l.getLanguage().isEmpty() || l.getLanguage().toLowerCase(java.util.Locale.ROOT).startsWith("sv"))
                .map(Literal::getLexicalForm)
                .distinct()
                .sorted()
                .map(Phrase::of)
                .toList();
    }
}
