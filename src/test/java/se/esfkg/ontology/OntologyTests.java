package se.esfkg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.esfkg.map.Esf;
import se.esfkg.resolve.OrgKind;

/** The published ontology and concept schemes: they parse, and every term is declared and labelled. */
class OntologyTests {

    private static Model ontology;
    private static Model concepts;

    @BeforeAll
    static void load() {
        ontology = read("ontology/esf.ttl");
        concepts = read("ontology/concepts.ttl");
    }

    static Model read(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = OntologyTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }

    /** Every public static Node field of Esf in the esf: namespace. */
    static List<Node> esfTerms() throws IllegalAccessException {
        List<Node> terms = new ArrayList<>();
        for (Field f : Esf.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node n = (Node) f.get(null);
                if (n.isURI() && n.getURI().startsWith(Esf.NS)) {
                    terms.add(n);
                }
            }
        }
        return terms;
    }

    @Test
    void ontologyHeader() {
        Resource o = ontology.getResource(Esf.ONTOLOGY);
        assertThat(o.hasProperty(RDF.type, OWL.Ontology)).isTrue();
        assertThat(o.hasProperty(OWL.versionInfo)).isTrue();
        for (Property p : List.of(DCTerms.title, DCTerms.description)) {
            assertThat(languages(o, p)).as(p.getLocalName()).contains("sv", "en");
        }
        assertThat(o.getPropertyResourceValue(DCTerms.license).getURI())
                .isEqualTo("http://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(o.getProperty(DCTerms.created).getLiteral().getDatatypeURI())
                .endsWith("#date");
    }

    @Test
    void everyEsfTermOfTheJavaCodeIsDeclaredWithLabelsAndComments() throws Exception {
        List<Node> terms = esfTerms();
        assertThat(terms).hasSizeGreaterThan(60);
        List<String> problems = new ArrayList<>();
        for (Node n : terms) {
            Resource r = ontology.getResource(n.getURI());
            boolean isClass = Character.isUpperCase(n.getLocalName().charAt(0));
            if (isClass && !r.hasProperty(RDF.type, OWL.Class)) {
                problems.add(n.getLocalName() + ": not an owl:Class");
            }
            if (!isClass && !r.hasProperty(RDF.type, OWL.ObjectProperty) && !r.hasProperty(RDF.type, OWL.DatatypeProperty)
                    && !r.hasProperty(RDF.type, OWL.AnnotationProperty)) {
                problems.add(n.getLocalName() + ": not an owl:ObjectProperty, owl:DatatypeProperty or owl:AnnotationProperty");
            }
            problems.addAll(missingLanguages(r, RDFS.label));
            problems.addAll(missingLanguages(r, RDFS.comment));
            if (!r.hasProperty(RDFS.isDefinedBy, ontology.getResource(Esf.ONTOLOGY))) {
                problems.add(n.getLocalName() + ": no rdfs:isDefinedBy");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDeclaredEsfTermHasSwedishAndEnglishLabelsAndComments() {
        List<String> problems = new ArrayList<>();
        Set<Resource> declared = new java.util.HashSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEach(declared::add);
        }
        for (Resource r : declared) {
            if (r.isURIResource() && r.getURI().startsWith(Esf.NS)) {
                problems.addAll(missingLanguages(r, RDFS.label));
                problems.addAll(missingLanguages(r, RDFS.comment));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theOntologyDeclaresNoEsfTermTheJavaCodeLacks() throws Exception {
        Set<String> inJava = new TreeSet<>();
        for (Node n : esfTerms()) {
            inJava.add(n.getURI());
        }
        Set<String> inOntology = new TreeSet<>();
        ontology.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Esf.NS)) {
                inOntology.add(s.getURI());
            }
        });
        assertThat(inOntology).isEqualTo(inJava);
    }

    @Test
    void reusedTermsAreTheRightOnes() {
        Resource project = ontology.getResource(Esf.NS + "Project");
        assertThat(superClasses(project)).contains("http://schema.org/Project", "http://www.w3.org/ns/prov#Activity");
        assertThat(superClasses(ontology.getResource(Esf.NS + "Municipality")))
                .contains("http://www.w3.org/ns/org#FormalOrganization");
        assertThat(superClasses(ontology.getResource(Esf.NS + "ProjectRole")))
                .contains("http://www.w3.org/ns/prov#Association");
        assertThat(superClasses(ontology.getResource(Esf.NS + "SourceRecord")))
                .contains("http://www.w3.org/ns/prov#Entity");
        assertThat(superClasses(ontology.getResource(Esf.NS + "EsfRegion")))
                .contains("http://purl.org/dc/terms/Location");
        for (String p : List.of("owner", "partner", "coFinancer")) {
            assertThat(superProperties(ontology.getResource(Esf.NS + p)))
                    .contains("http://www.w3.org/ns/prov#wasAssociatedWith");
        }
        assertThat(superProperties(ontology.getResource(Esf.NS + "caseNumber")))
                .contains(DCTerms.identifier.getURI());
        assertThat(ontology.getResource(Esf.NS + "esfGrant").getPropertyResourceValue(RDFS.range).getLocalName())
                .isEqualTo("decimal");
        assertThat(ontology.getResource(Esf.NS + "plannedParticipants").getPropertyResourceValue(RDFS.range).getLocalName())
                .isEqualTo("integer");
    }

    @Test
    void everyConceptHasSwedishAndEnglishLabelsAndADeclaredScheme() {
        List<String> problems = new ArrayList<>();
        concepts.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(c -> {
            problems.addAll(missingLanguages(c, SKOS.prefLabel));
            Resource scheme = c.getPropertyResourceValue(SKOS.inScheme);
            if (scheme == null || !concepts.contains(scheme, RDF.type, SKOS.ConceptScheme)) {
                problems.add(c + ": not in a declared scheme");
            } else {
                if (!concepts.contains(c, SKOS.topConceptOf, scheme) || !concepts.contains(scheme, SKOS.hasTopConcept, c)) {
                    problems.add(c + ": not a top concept of " + scheme);
                }
                if (!c.getURI().startsWith(scheme.getURI() + "/")) {
                    problems.add(c + ": IRI not under its scheme " + scheme);
                }
            }
        });
        concepts.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme)
                .forEach(s -> problems.addAll(missingLanguages(s, SKOS.prefLabel)));
        assertThat(problems).isEmpty();
    }

    @Test
    void theSchemesOfTheModelAreDeclared() {
        for (String scheme : List.of("phase", "role", "section-type", "organisation-type", "programme-area",
                "specific-objective", "intervention-type", "call")) {
            assertThat(concepts.contains(concepts.getResource(Esf.scheme(scheme).getURI()), RDF.type, SKOS.ConceptScheme))
                    .as(scheme).isTrue();
        }
    }

    @Test
    void fixedConceptsCarryTheIdsTheCodeUses() {
        for (String id : List.of("implementation", "pre-study")) {
            assertThat(isConcept(Esf.def("phase", id))).as(id).isTrue();
        }
        for (String id : List.of("owner", "partner", "co-financer")) {
            assertThat(isConcept(Esf.def("role", id))).as(id).isTrue();
            assertThat(concepts.contains(concepts.getResource(Esf.def("role", id).getURI()), RDF.type,
                    concepts.getResource("http://www.w3.org/ns/prov#Role"))).isTrue();
        }
        for (String id : List.of("summary", "background", "purpose", "objectives", "accessibility",
                "gender-equality", "transnational-cooperation", "description", "other")) {
            assertThat(isConcept(Esf.def("section-type", id))).as(id).isTrue();
        }
        for (OrgKind kind : OrgKind.values()) {
            assertThat(isConcept(Esf.def("organisation-type", kind.id()))).as(kind.id()).isTrue();
        }
        assertThat(concepts.listSubjectsWithProperty(SKOS.inScheme, concepts.getResource(Esf.scheme("organisation-type").getURI()))
                .toList()).hasSize(OrgKind.values().length);
    }

    @Test
    void sectionTypesCarryTheSwedishHeadings() {
        assertThat(swedishLabel(Esf.def("section-type", "accessibility")))
                .isEqualTo("Tillgänglighet för personer med funktionsnedsättning");
        assertThat(swedishLabel(Esf.def("section-type", "gender-equality"))).isEqualTo("Jämställdhetsintegrering");
        assertThat(swedishLabel(Esf.def("section-type", "objectives"))).isEqualTo("Målsättning");
        assertThat(swedishLabel(Esf.def("phase", "pre-study"))).isEqualTo("Förprojektering");
        assertThat(swedishLabel(Esf.def("role", "partner"))).isEqualTo("Samarbetspartner");
    }

    private boolean isConcept(Node n) {
        return concepts.contains(concepts.getResource(n.getURI()), RDF.type, SKOS.Concept);
    }

    private String swedishLabel(Node n) {
        return concepts.getResource(n.getURI()).listProperties(SKOS.prefLabel).toList().stream()
                .map(s -> s.getObject().asLiteral())
                .filter(l -> l.getLanguage().equals("sv"))
                .map(Literal::getLexicalForm)
                .findFirst().orElse(null);
    }

    private static Set<String> languages(Resource r, Property p) {
        Set<String> langs = new TreeSet<>();
        r.listProperties(p).forEach(s -> {
            RDFNode o = s.getObject();
            if (o.isLiteral() && !o.asLiteral().getLanguage().isEmpty()) {
                langs.add(o.asLiteral().getLanguage());
            }
        });
        return langs;
    }

    private static List<String> missingLanguages(Resource r, Property p) {
        List<String> missing = new ArrayList<>();
        Set<String> langs = languages(r, p);
        for (String lang : List.of("sv", "en")) {
            if (!langs.contains(lang)) {
                missing.add(r.getURI() + ": no " + p.getLocalName() + "@" + lang);
            }
        }
        return missing;
    }

    private static Set<String> superClasses(Resource r) {
        Set<String> s = new TreeSet<>();
        r.listProperties(RDFS.subClassOf).forEach(st -> s.add(st.getObject().toString()));
        return s;
    }

    private static Set<String> superProperties(Resource r) {
        Set<String> s = new TreeSet<>();
        r.listProperties(RDFS.subPropertyOf).forEach(st -> s.add(st.getObject().toString()));
        return s;
    }

    /** The published concept data may use only esf: terms the ontology declares. */
    @Test
    void everyEsfTermInThePublishedDataFilesIsDeclared() {
        List<String> undeclared = new ArrayList<>();
        for (String file : se.esfkg.knowledge.KnowledgeBase.CONCEPT_FILES) {
            read(file).listStatements().forEach(st -> {
                for (org.apache.jena.rdf.model.RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                    if (n.isURIResource() && n.asResource().getURI().startsWith(Esf.NS)
                            && !ontology.contains(n.asResource(), RDF.type)) {
                        undeclared.add(file + ": " + n);
                    }
                }
            });
        }
        assertThat(undeclared).isEmpty();
    }
}
