package se.esfkg.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.esfkg.testing.Knowledge;

/** The concept files are published data: each concept must be complete in Swedish and English. */
class ConceptSchemeTests {

    private static Model load(String file) throws Exception {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = ConceptSchemeTests.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file + " on the classpath").isNotNull();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        }
        return m;
    }

    private static Set<String> languages(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(s -> s.getObject())
                .filter(RDFNode::isLiteral).map(n -> n.asLiteral().getLanguage()).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ontology/cooperation-models.ttl", "ontology/target-groups.ttl"})
    void everyConceptHasSwedishAndEnglishLabelAndDefinitionAndSchemeLinks(String file) throws Exception {
        Model m = load(file);
        String scheme = file.contains("cooperation") ? ConceptData.COOPERATION_MODEL_SCHEME
                : ConceptData.TARGET_GROUP_SCHEME;
        Resource schemeRes = m.createResource(scheme);
        assertThat(m.contains(schemeRes, RDF.type, SKOS.ConceptScheme)).isTrue();
        assertThat(languages(schemeRes, SKOS.prefLabel)).contains("sv", "en");
        List<Resource> concepts = m.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        assertThat(concepts).hasSizeGreaterThanOrEqualTo(7);
        Property matchRule = m.createProperty(ConceptData.ESF, "matchRule");
        for (Resource c : concepts) {
            String id = c.getURI().substring(scheme.length() + 1);
            assertThat(c.getURI()).as("concept IRI").isEqualTo(scheme + "/" + id).matches(".*/[a-z0-9-]+");
            assertThat(languages(c, SKOS.prefLabel)).as(id + " prefLabel").contains("sv", "en");
            assertThat(languages(c, SKOS.definition)).as(id + " definition").contains("sv", "en");
            assertThat(c.hasProperty(SKOS.inScheme, schemeRes)).as(id + " inScheme").isTrue();
            assertThat(c.hasProperty(SKOS.topConceptOf, schemeRes)).as(id + " topConceptOf").isTrue();
            assertThat(schemeRes.hasProperty(SKOS.hasTopConcept, c)).as(id + " hasTopConcept").isTrue();
            assertThat(c.listProperties(SKOS.prefLabel).toList()).as(id + " one prefLabel per language").hasSize(2);
            assertThat(c.hasProperty(SKOS.hiddenLabel) || c.hasProperty(matchRule)).as(id + " is matchable").isTrue();
            assertThat(languages(c, SKOS.hiddenLabel)).as(id + " phrases are Swedish").containsOnly("sv");
        }
    }

    @Test
    void briefConceptsArePresent() throws Exception {
        ConceptData data = ConceptData.from(Knowledge.SHIPPED);
        assertThat(data.cooperationModels()).extracting(c -> c.iri().replace(ConceptData.COOPERATION_MODEL_SCHEME + "/", ""))
                .contains("one-way-in", "cross-professional-team", "joint-action-plan", "inter-municipal",
                        "coordination-association", "transnational-exchange", "social-enterprise",
                        "business-partnership", "civil-society-partnership");
        assertThat(data.targetGroups()).extracting(c -> c.iri().replace(ConceptData.TARGET_GROUP_SCHEME + "/", ""))
                .contains("young-people", "long-term-unemployed", "people-with-disabilities", "foreign-born",
                        "long-term-sick", "social-assistance-recipients", "mental-ill-health");
        assertThat(data.cueSectionTypes()).containsExactly("accessibility");
        assertThat(data.cues()).extracting(Phrase::text).contains("målgrupp*");
    }

    @Test
    void countriesAreEuAuthorityCodesWithSwedishPhrases() throws Exception {
        Model m = load("ontology/countries.ttl");
        ConceptData data = ConceptData.from(m);
        assertThat(data.countries()).extracting(ConceptData.CountryPhrases::code)
                .contains("FIN", "NLD", "DNK", "ITA", "DEU", "NOR", "ISL", "LIE")
                .doesNotContain("SWE")
                .allMatch(code -> code.matches("[A-Z]{3}"));
        assertThat(data.countries()).allSatisfy(c -> assertThat(c.phrases()).isNotEmpty());
        for (Resource r : m.listSubjectsWithProperty(SKOS.hiddenLabel).toList()) {
            assertThat(languages(r, SKOS.prefLabel)).as(r.getURI()).contains("sv", "en");
        }
        assertThat(data.countries()).filteredOn(c -> c.code().equals("NLD")).singleElement()
                .extracting(c -> c.phrases().stream().map(Phrase::text).toList())
                .asList().contains("Nederländerna*", "Holland*", "holländsk*");
    }
}
