package se.esfkg.map;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import se.esfkg.classify.Classification;
import se.esfkg.classify.ClassificationResult;
import se.esfkg.classify.Evidence;
import se.esfkg.classify.PartnerCountry;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.Section;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.ProblemReporter;
import se.esfkg.resolve.EsfRegion;
import se.esfkg.resolve.Municipality;
import se.esfkg.resolve.MunicipalityMention;
import se.esfkg.resolve.OrgDecision;
import se.esfkg.resolve.OrgKind;
import se.esfkg.resolve.Organisation;
import se.esfkg.resolve.ResolvedProject;
import se.esfkg.resolve.Role;

/**
 * Writes one resolved, classified project as quads into its own named graph, following
 * docs/model.md. Stateless apart from its options: safe to share.
 */
public final class RdfMapper {

    private static final Pattern LEADING_CODE =
            Pattern.compile("^(?:Programområde\\s+)?(\\d+(?:\\.\\d+)*)(?:\\s+.*)?$");
    private static final String EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/";

    private final MapperOptions options;
    private final Iris iris;
    private final ConceptLabels concepts;
    private final KohesioIds kohesio;
    private final SearchableTerms searchable;

    public RdfMapper(MapperOptions options, ConceptLabels concepts, KohesioIds kohesio, SearchableTerms searchable) {
        this.options = options;
        this.iris = new Iris(options.base());
        this.concepts = concepts;
        this.kohesio = kohesio;
        this.searchable = searchable;
    }

    public Iris iris() {
        return iris;
    }

    /** The named graph the record's quads go into. */
    public Node graphOf(ProjectRecord r) {
        return iris.source(r.source());
    }

    /** Writes the page's graph, completed with superclass types and rdfs:labels (see {@link SearchableTerms}). */
    public void map(ResolvedProject project, ClassificationResult classes, StreamRDF out, ProblemReporter problems) {
        DatasetGraph page = DatasetGraphFactory.create();
        new PageWriter(project, classes, StreamRDFLib.dataset(page), problems).write();
        page.listGraphNodes().forEachRemaining(g -> searchable.complete(page.getGraph(g)));
        page.find().forEachRemaining(out::quad);
    }

    private final class PageWriter {
        private final ResolvedProject project;
        private final ProjectRecord r;
        private final ClassificationResult classes;
        private final StreamRDF out;
        private final ProblemReporter problems;
        private final Node graph;
        private final Node p;
        private final Map<SectionKind, Node> firstSectionOfKind = new EnumMap<>(SectionKind.class);
        private final List<Node> sectionNodes = new java.util.ArrayList<>();

        PageWriter(ResolvedProject project, ClassificationResult classes, StreamRDF out, ProblemReporter problems) {
            this.project = project;
            this.r = project.record();
            this.classes = classes;
            this.out = out;
            this.problems = problems;
            this.graph = graphOf(r);
            this.p = iris.project(r);
        }

        void write() {
            provenance();
            project();
            sections();
            organisations();
            roles();
            places();
            classifications();
        }

        private void add(Node s, Node pred, Node o) {
            out.quad(Quad.create(graph, s, pred, o));
        }

        private void provenance() {
            Node conversion = iris.conversion(options.converterVersion());
            add(graph, RDF.type.asNode(), Esf.SourceRecord);
            add(graph, DCTerms.identifier.asNode(), plain(r.source().file()));
            add(graph, Esf.sha256, plain(r.source().sha256()));
            add(graph, Esf.layout, plain(r.layout().id()));
            add(graph, Esf.sourceLine, integer(r.source().line()));
            add(graph, Prov.wasGeneratedBy, conversion);
            add(conversion, RDF.type.asNode(), Prov.Activity);
            add(conversion, Esf.converterVersion, plain(options.converterVersion()));
            add(conversion, RDFS.label.asNode(), plain("esf-kg " + options.converterVersion()));
            label(graph, "Källpost " + r.source().file(), "Source record " + r.source().file());
        }

        private void project() {
            add(p, RDF.type.asNode(), Esf.Project);
            add(p, DCTerms.title.asNode(), sv(r.title()));
            // dcterms:source, not prov:wasDerivedFrom: a project is a prov:Activity, and PROV-O keeps
            // derivation for entities.
            add(p, DCTerms.source.asNode(), graph);
            r.caseNumber().ifPresent(v -> {
                add(p, DCTerms.identifier.asNode(), plain(v));
                add(p, Esf.caseNumber, plain(v));
            });
            r.projectNumber().ifPresent(v -> add(p, Esf.projectNumber, plain(v)));
            r.programmeArea().ifPresent(v -> add(p, Esf.programmeArea, minted("programme-area", v)));
            r.specificObjective().ifPresent(v -> add(p, Esf.specificObjective, minted("specific-objective", v)));
            r.interventionType().ifPresent(v -> add(p, Esf.interventionType, minted("intervention-type", v)));
            r.call().ifPresent(v -> add(p, Esf.call, minted("call", v)));
            r.phase().ifPresent(v -> add(p, Esf.phase, phase(v)));
            r.esfGrant().ifPresent(v -> add(p, Esf.esfGrant, decimal(v)));
            r.totalBudget().ifPresent(v -> add(p, Esf.totalBudget, decimal(v)));
            r.euCofinancingRate().ifPresent(v -> add(p, Esf.euCofinancingRate, decimal(v)));
            if (r.esfGrant().isPresent() || r.totalBudget().isPresent()) {
                add(p, Esf.currency, plain("SEK"));
            }
            r.startDate().ifPresent(d -> add(p, Schema.startDate, date(d.toString())));
            r.endDate().ifPresent(d -> add(p, Schema.endDate, date(d.toString())));
            r.plannedParticipants().ifPresent(n -> add(p, Esf.plannedParticipants, integer(n)));
            r.evaluationReport().ifPresent(v -> add(p, Esf.evaluationReport, sv(v)));
            r.programmeCci().ifPresent(v -> add(p, Esf.programmeCci, plain(v)));
            r.programmeCci().flatMap(cci -> r.caseNumber().flatMap(dnr -> kohesio.operationId(cci, dnr)))
                    .ifPresent(v -> add(p, Esf.kohesioOperationId, plain(v)));
            r.fund().ifPresent(v -> add(p, Esf.fund, plain(v)));
            if (options.includePersonalData()) {
                contact();
            }
        }

        private void contact() {
            var c = r.contact();
            if (c.name().isEmpty() && c.email().isEmpty() && c.phone().isEmpty()) {
                return;
            }
            Node cp = Iris.under(p, "contact");
            add(p, Schema.contactPoint, cp);
            add(cp, RDF.type.asNode(), Schema.ContactPoint);
            c.name().ifPresent(v -> add(cp, Schema.name, plain(v)));
            c.email().ifPresent(v -> add(cp, Schema.email, plain(v)));
            c.phone().ifPresent(v -> add(cp, Schema.telephone, plain(v)));
        }

        private void sections() {
            Map<String, Integer> used = new LinkedHashMap<>();
            int order = 0;
            for (Section s : r.sections()) {
                order++;
                String id = s.kind().id() + ("sv".equals(s.language()) ? "" : "-" + s.language());
                int n = used.merge(id, 1, Integer::sum);
                Node node = Iris.under(p, "section/" + (n == 1 ? id : id + "-" + n));
                firstSectionOfKind.putIfAbsent(s.kind(), node);
                sectionNodes.add(node);
                add(p, Esf.hasSection, node);
                add(node, RDF.type.asNode(), Esf.TextSection);
                Node type = Esf.def("section-type", s.kind().id());
                add(node, Esf.sectionType, type);
                inProject(node, type);
                if (!s.heading().isEmpty()) {
                    add(node, DCTerms.title.asNode(), sv(s.heading()));
                }
                add(node, RDF.value.asNode(), lang(s.text(), s.language()));
                add(node, Esf.order, integer(order));
                if (s.truncated()) {
                    add(node, Esf.truncated, bool(true));
                }
                add(node, Prov.wasDerivedFrom, graph);
                if (s.kind() == SectionKind.SUMMARY && !s.text().isEmpty()) {
                    add(p, DCTerms.abstract_.asNode(), lang(s.text(), s.language()));
                }
            }
        }

        private void organisations() {
            for (Organisation o : project.organisations()) {
                Node node = iris.organisation(o.id());
                if (o.kind() == OrgKind.MUNICIPALITY) {
                    add(node, RDF.type.asNode(), Esf.Municipality);
                    continue;
                }
                add(node, RDF.type.asNode(), o.kind().isUnit() || o.parentId().isPresent()
                        ? Org.OrganizationalUnit : Org.FormalOrganization);
                add(node, SKOS.prefLabel.asNode(), sv(o.name()));
                // A unit's own name ("Enheten för analys") means little without the organisation it belongs to.
                o.parentId().flatMap(this::organisationName)
                        .map(parent -> o.name().toLowerCase(java.util.Locale.ROOT)
                                .contains(parent.toLowerCase(java.util.Locale.ROOT)) ? o.name() : o.name() + ", " + parent)
                        .ifPresent(name -> add(node, RDFS.label.asNode(), sv(name)));
                add(node, Esf.organisationType, Esf.def("organisation-type", o.kind().id()));
                o.parentId().ifPresent(parent -> add(node, Org.unitOf, iris.organisation(parent)));
                o.orgNumber().ifPresent(v -> {
                    add(node, DCTerms.identifier.asNode(), plain(v));
                    add(node, Esf.organisationNumber, plain(v));
                });
            }
        }

        private void roles() {
            Map<String, Set<OrgDecision>> byRoleAndOrg = new LinkedHashMap<>();
            for (OrgDecision d : project.decisions()) {
                byRoleAndOrg.computeIfAbsent(d.role().id() + "|" + d.organisationId(), k -> new LinkedHashSet<>())
                        .add(d);
            }
            for (Set<OrgDecision> group : byRoleAndOrg.values()) {
                OrgDecision first = group.iterator().next();
                Node org = iris.organisation(first.organisationId());
                Node role = Iris.under(p, "role/" + first.role().id() + "/" + first.organisationId().replace('/', '-'));
                add(p, shortcut(first.role()), org);
                add(p, Esf.hasRole, role);
                add(role, RDF.type.asNode(), Esf.ProjectRole);
                Node roleType = Esf.def("role", first.role().id());
                add(role, Esf.roleType, roleType);
                organisationName(first.organisationId()).ifPresent(name -> {
                    concepts.prefLabel(roleType, "sv").ifPresent(l -> add(role, RDFS.label.asNode(),
                            sv(name + " som " + lowerFirst(l) + " i " + r.title())));
                    concepts.prefLabel(roleType, "en").ifPresent(l -> add(role, RDFS.label.asNode(),
                            lang(name + " as " + lowerFirst(l) + " in " + r.title(), "en")));
                });
                add(role, Prov.agent, org);
                add(role, DCTerms.source.asNode(), graph);
                for (OrgDecision d : group) {
                    add(role, Esf.nameAsWritten, plain(d.nameAsWritten()));
                    add(role, Esf.resolutionRule, plain(d.rule()));
                }
            }
        }

        private Optional<String> organisationName(String id) {
            return project.organisations().stream().filter(o -> o.id().equals(id)).map(Organisation::name)
                    .filter(n -> !n.isBlank()).findFirst();
        }

        /** "Sammanfattning i Projekt X" / "Summary in Projekt X": a part named by its concept and project. */
        private void inProject(Node node, Node concept) {
            concepts.prefLabel(concept, "sv").ifPresent(l -> add(node, RDFS.label.asNode(), sv(l + " i " + r.title())));
            concepts.prefLabel(concept, "en").ifPresent(l -> add(node, RDFS.label.asNode(), lang(l + " in " + r.title(), "en")));
        }

        private void label(Node node, String swedish, String english) {
            add(node, RDFS.label.asNode(), sv(swedish));
            add(node, RDFS.label.asNode(), lang(english, "en"));
        }

        private Node shortcut(Role role) {
            return switch (role) {
                case OWNER -> Esf.owner;
                case PARTNER -> Esf.partner;
                case CO_FINANCER -> Esf.coFinancer;
            };
        }

        private void places() {
            project.region().map(EsfRegion::id).ifPresent(id -> add(p, Esf.region, iris.region(id)));
            for (Municipality m : project.municipalities()) {
                add(p, Esf.municipality, iris.municipality(m.code()));
            }
            Set<String> seen = new LinkedHashSet<>();
            for (MunicipalityMention m : project.mentions()) {
                String code = m.municipality().code();
                Node municipality = iris.municipality(code);
                add(p, Esf.mentionsMunicipality, municipality);
                if (!seen.add(code)) {
                    continue;
                }
                Node mention = Iris.under(p, "mention/" + code);
                add(p, Esf.hasMention, mention);
                add(mention, RDF.type.asNode(), Esf.MunicipalityMention);
                add(mention, Esf.mentionedMunicipality, municipality);
                add(mention, Esf.matchedPhrase, sv(m.matchedText()));
                add(mention, RDFS.label.asNode(), sv(m.matchedText()));
                add(mention, Esf.quote, sv(m.sentence()));
                sectionByHeading(m.location().field()).ifPresent(s -> add(mention, Esf.inSection, s));
            }
        }

        private Optional<Node> sectionByHeading(String heading) {
            for (int i = 0; i < r.sections().size(); i++) {
                if (r.sections().get(i).heading().equals(heading)) {
                    return Optional.of(sectionNodes.get(i));
                }
            }
            return Optional.empty();
        }

        private void classifications() {
            for (Classification c : classes.cooperationModels()) {
                classification(c, Esf.cooperationModel);
            }
            for (Classification c : classes.targetGroups()) {
                classification(c, Esf.targetGroup);
            }
            Set<String> countries = new LinkedHashSet<>();
            for (PartnerCountry pc : classes.partnerCountries()) {
                Node country = NodeFactory.createURI(EU_COUNTRY + pc.euCountryCode());
                add(p, Esf.partnerCountry, country);
                if (countries.add(pc.euCountryCode())) {
                    Node ev = Iris.under(p, "partner-country/" + pc.euCountryCode());
                    add(p, Esf.hasCountryEvidence, ev);
                    evidence(ev, pc.evidence());
                    add(ev, Esf.country, country);
                }
            }
            classes.noTransnationalCooperation().ifPresent(e -> {
                Node ev = Iris.under(p, "no-transnational-cooperation");
                add(p, Esf.declaresNoTransnationalCooperation, bool(true));
                add(p, Esf.hasNoTransnationalEvidence, ev);
                evidence(ev, e);
            });
        }

        private void classification(Classification c, Node shortcut) {
            if (!c.conceptIri().startsWith(Esf.DEF)) {
                throw new IllegalArgumentException("concept outside " + Esf.DEF + ": " + c.conceptIri());
            }
            Node concept = NodeFactory.createURI(c.conceptIri());
            Node node = Iris.under(p, "classification/" + c.conceptIri().substring(Esf.DEF.length()));
            add(p, shortcut, concept);
            add(p, Esf.hasClassification, node);
            add(node, RDF.type.asNode(), Esf.Classification);
            add(node, Esf.concept, concept);
            inProject(node, concept);
            add(node, Esf.confidence, decimal(c.confidence()));
            int n = 0;
            for (Evidence e : c.evidence()) {
                Node ev = Iris.under(node, "evidence-" + (++n));
                add(node, Esf.hasEvidence, ev);
                evidence(ev, e);
            }
        }

        private void evidence(Node ev, Evidence e) {
            add(ev, RDF.type.asNode(), Esf.Evidence);
            add(ev, Esf.matchedPhrase, sv(e.matchedPhrase()));
            add(ev, RDFS.label.asNode(), sv(e.matchedPhrase()));
            add(ev, Esf.quote, sv(e.quote()));
            add(ev, Esf.rule, plain(e.rule()));
            add(ev, Esf.confidence, decimal(e.confidence()));
            if (e.section() != null) {
                Node section = firstSectionOfKind.get(e.section());
                if (section != null) {
                    add(ev, Esf.inSection, section);
                }
            }
        }

        private Node phase(String value) {
            Optional<Node> known = concepts.find("phase", value);
            if (known.isEmpty()) {
                problems.warning(r.source().withField("Projektfas"),
                        "unknown phase \"" + value + "\" kept as a concept of its own");
                return minted("phase", value);
            }
            return known.get();
        }

        private Node minted(String scheme, String value) {
            Node c = iris.mintedConcept(scheme, value);
            add(c, RDF.type.asNode(), SKOS.Concept.asNode());
            add(c, SKOS.inScheme.asNode(), Esf.scheme(scheme));
            add(c, SKOS.prefLabel.asNode(), sv(value));
            Matcher m = LEADING_CODE.matcher(value);
            if (m.matches()) {
                add(c, SKOS.notation.asNode(), plain(m.group(1)));
            }
            return c;
        }
    }

    private static String lowerFirst(String label) {
        // Role names read as common nouns inside a sentence: "som samarbetspartner", "as partner".
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1);
    }

    static Node plain(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node sv(String s) {
        return NodeFactory.createLiteralLang(s, "sv");
    }

    static Node lang(String s, String lang) {
        return NodeFactory.createLiteralLang(s, lang);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node decimal(BigDecimal v) {
        return NodeFactory.createLiteralDT(v.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Node date(String isoDate) {
        return NodeFactory.createLiteralDT(isoDate, XSDDatatype.XSDdate);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }
}
