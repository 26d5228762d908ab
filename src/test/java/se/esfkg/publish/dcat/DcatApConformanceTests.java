package se.esfkg.publish.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.output.RdfSyntax;
import se.esfkg.publish.PublishFixtures;
import se.esfkg.publish.PublishSettings;
import se.esfkg.publish.PublishedFolder;

/**
 * The catalog written for the converted seeds against the official DCAT-AP 3.0.1 shapes (the one
 * test that reads {@code ../shared/}) and against our DCAT-AP-SE shapes; its facts against the
 * seeds and its checksums against the bytes of the files.
 */
class DcatApConformanceTests {

    static final Path OFFICIAL = Path.of("").toAbsolutePath().getParent().resolve("shared/dcat-ap/3.0.1/html-shacl");
    static final String PREFIX = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "PREFIX spdx: <http://spdx.org/rdf/terms#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> ";

    @TempDir
    static Path tmp;
    static Path out;
    static Model catalog;

    @BeforeAll
    static void publishSeeds() {
        out = PublishFixtures.convertedSeeds(tmp);
        PublishedFolder.write(out, PublishSettings.defaults(), PublishFixtures.BASE,
                new PublishedFolder.Stamp(PublishFixtures.ISSUED, PublishFixtures.MODIFIED,
                        java.util.Optional.of("1"), java.util.Optional.empty(), List.of()));
        catalog = RDFDataMgr.loadModel(out.resolve("catalog.ttl").toString());
    }

    /** The catalog plus the concept schemes it reaches (the ontology's, with the catalog's themes). */
    static Graph catalogInReach() {
        Graph g = GraphFactory.createDefaultGraph();
        catalog.getGraph().find().forEachRemaining(g::add);
        for (String file : KnowledgeBase.CONCEPT_FILES) {
            try (InputStream in = DcatApConformanceTests.class.getClassLoader().getResourceAsStream(file)) {
                RDFParser.source(in).lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return g;
    }

    static Shapes official(String... files) {
        Graph shapes = GraphFactory.createDefaultGraph();
        for (String f : files) {
            RDFParser.source(OFFICIAL.resolve(f)).parse(shapes);
        }
        return Shapes.parse(shapes);
    }

    static List<String> entries(ValidationReport report, Severity severity) {
        List<String> found = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (e.severity().level().equals(severity.level())) {
                found.add(e.focusNode() + " " + e.resultPath() + ": " + e.message());
            }
        }
        return found;
    }

    @Test
    void noViolationOfTheOfficialShapes() {
        ValidationReport report = ShaclValidator.get().validate(official("shapes.ttl", "range.ttl"), catalogInReach());
        assertThat(entries(report, Severity.Violation)).isEmpty();
    }

    @Test
    void recommendedShapesLeaveOnlyTheListedWarnings() {
        ValidationReport report = ShaclValidator.get().validate(official("shapes_recommended.ttl"), catalogInReach());
        List<String> warnings = entries(report, Severity.Warning);
        warnings.forEach(w -> System.out.println("DCAT-AP warning: " + w));
        assertThat(entries(report, Severity.Violation)).isEmpty();
        // Sweden and every NUTS region carry dcat:bbox and dcat:centroid from reference/extents.csv.
        assertThat(warnings).isEmpty();
    }

    @Test
    void everyPlaceHasAWktBoxAndCentreInsideIt() {
        Graph g = catalogInReach();
        Node location = NodeFactory.createURI("http://purl.org/dc/terms/Location");
        Node wkt = NodeFactory.createURI("http://www.opengis.net/ont/geosparql#wktLiteral");
        List<Node> places = g.find(Node.ANY, RDF.type.asNode(), location).mapWith(t -> t.getSubject()).toList();
        // Sweden and the four NUTS-2 regions the seeds' municipalities lie in (SE12, SE22, SE23, SE33).
        assertThat(places).hasSize(5);
        for (Node place : places) {
            List<Node> boxes = g.find(place, NodeFactory.createURI("http://www.w3.org/ns/dcat#bbox"), Node.ANY)
                    .mapWith(t -> t.getObject()).toList();
            List<Node> centres = g.find(place, NodeFactory.createURI("http://www.w3.org/ns/dcat#centroid"), Node.ANY)
                    .mapWith(t -> t.getObject()).toList();
            assertThat(boxes).singleElement().satisfies(b -> {
                assertThat(b.getLiteralDatatypeURI()).isEqualTo(wkt.getURI());
                assertThat(b.getLiteralLexicalForm()).startsWith("POLYGON((");
            });
            assertThat(centres).singleElement().satisfies(c -> {
                assertThat(c.getLiteralDatatypeURI()).isEqualTo(wkt.getURI());
                String[] xy = c.getLiteralLexicalForm().replaceAll("POINT\\(|\\)", "").split(" ");
                double[] box = java.util.Arrays.stream(boxes.get(0).getLiteralLexicalForm()
                        .replaceAll("[^0-9. ,]", "").split("[ ,]+")).filter(v -> !v.isEmpty())
                        .mapToDouble(Double::parseDouble).toArray();
                double lon = Double.parseDouble(xy[0]);
                double lat = Double.parseDouble(xy[1]);
                // Corners: (west south), (east south), (east north), ...
                assertThat(lon).isBetween(box[0], box[2]);
                assertThat(lat).isBetween(box[1], box[5]);
            });
        }
    }

    @Test
    void theConceptSchemesNeedTheirTitles() {
        Graph g = catalogInReach();
        Node scheme = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/esf-kg/def/phase");
        g.remove(scheme, org.apache.jena.vocabulary.DCTerms.title.asNode(), Node.ANY);
        ValidationReport report = ShaclValidator.get().validate(official("shapes.ttl", "range.ttl"), g);
        assertThat(entries(report, Severity.Violation)).singleElement().asString()
                .startsWith("https://w3id.org/esf-kg/def/phase <http://purl.org/dc/terms/title>: minCount[1]");
    }

    @Test
    void meetsTheSwedishProfile() {
        assertThat(SwedishProfile.violations(catalog.getGraph())).isEmpty();
    }

    @Test
    void theSwedishProfileCatchesAPublisherThatIsAlsoTheContact() {
        Model broken = ModelFactory.createDefaultModel().add(catalog);
        broken.add(broken.createResource("https://w3id.org/esf-kg/catalog#esf-kg"),
                broken.createProperty("http://www.w3.org/ns/dcat#contactPoint"),
                broken.createResource("https://w3id.org/esf-kg/catalog#publisher"));
        assertThat(SwedishProfile.violations(broken.getGraph()))
                .anyMatch(v -> v.contains("publisher and the contact point must be different"))
                .anyMatch(v -> v.contains("must not also be a contact point"));
    }

    @Test
    void theSwedishProfileCatchesANonCanonicalLicenceAndABlankDistribution() {
        Model broken = ModelFactory.createDefaultModel().add(catalog);
        org.apache.jena.rdf.model.Resource cat = broken.createResource("https://w3id.org/esf-kg/catalog");
        broken.removeAll(cat, org.apache.jena.vocabulary.DCTerms.license, null);
        cat.addProperty(org.apache.jena.vocabulary.DCTerms.license,
                broken.createResource("https://creativecommons.org/licenses/by/4.0"));
        broken.createResource().addProperty(org.apache.jena.vocabulary.RDF.type,
                broken.createResource("http://www.w3.org/ns/dcat#Distribution"))
                .addProperty(broken.createProperty("http://www.w3.org/ns/dcat#accessURL"),
                        broken.createResource("https://w3id.org/esf-kg/dumps/"));
        List<String> v = SwedishProfile.violations(broken.getGraph());
        assertThat(v).anyMatch(s -> s.startsWith("https://w3id.org/esf-kg/catalog:") && s.contains("CanonicalLicence")
                && s.contains("https://creativecommons.org/licenses/by/4.0"));
        assertThat(v).anyMatch(s -> s.startsWith("_:") && s.contains("Expected IRI"));
    }

    @Test
    void everyIriIsAbsoluteAndValid() {
        Set<String> iris = new TreeSet<>();
        catalog.getGraph().find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) {
                    iris.add(n.getURI());
                }
            }
        });
        assertThat(iris).hasSizeGreaterThan(40);
        for (String iri : iris) {
            IRIx x = IRIx.create(iri);
            assertThat(x.isReference()).as(iri).isTrue();
            assertThat(x.hasViolations()).as(iri).isFalse();
        }
        assertThat(select("SELECT ?x { { ?x a dcat:Catalog } UNION { ?x a dcat:Dataset } UNION { ?x a dcat:Distribution }"
                + " UNION { ?x a dcat:DataService } UNION { [] dcterms:publisher ?x } UNION { [] dcat:contactPoint ?x } }", "x"))
                .allMatch(x -> x.startsWith("https://w3id.org/esf-kg/"));
    }

    @Test
    void oneDistributionPerSyntaxWithTheBytesAndChecksumOfItsFile() throws Exception {
        for (RdfSyntax syntax : RdfSyntax.values()) {
            String url = "https://w3id.org/esf-kg/dumps/" + syntax.fileName();
            List<QuerySolution> rows = rows("SELECT ?media ?format ?size ?sum ?compress ?licence { ?d dcat:downloadURL <" + url
                    + "> ; dcat:mediaType ?media ; dcterms:format ?format ; dcat:byteSize ?size ; dcterms:license ?licence ;"
                    + " spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sum ] ."
                    + " OPTIONAL { ?d dcat:compressFormat ?compress } }");
            assertThat(rows).as(syntax.fileName()).hasSize(1);
            QuerySolution r = rows.get(0);
            Path file = out.resolve(syntax.fileName());
            assertThat(r.getResource("media").getURI()).isEqualTo(syntax.mediaTypeIri());
            assertThat(r.getResource("format").getURI()).isEqualTo(syntax.euFileTypeIri());
            assertThat(r.getLiteral("size").getLong()).isEqualTo(Files.size(file));
            assertThat(r.getLiteral("size").getDatatypeURI()).endsWith("#nonNegativeInteger");
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            assertThat(r.getLiteral("sum").getLexicalForm()).isEqualTo(sha);
            assertThat(r.getResource("licence").getURI()).isEqualTo("http://creativecommons.org/publicdomain/zero/1.0/");
            if (syntax.gzip()) {
                assertThat(r.getResource("compress").getURI()).isEqualTo("http://www.iana.org/assignments/media-types/application/gzip");
            } else {
                assertThat(r.get("compress")).isNull();
            }
        }
    }

    @Test
    void sha256sumChecksEveryListedFile() throws Exception {
        Process p = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(out.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(text).isZero();
        assertThat(text).contains("esf-kg.nq.gz: OK", "catalog.rdf: OK", "void.ttl: OK", "context.jsonld: OK");
    }

    @Test
    void temporalAndSpatialCoverageComeFromTheSeeds() {
        // Projektperiod lines of the five seeds: earliest 2008-09-01 (004), latest 2014-12-31 (000, 003).
        List<QuerySolution> period = rows("SELECT ?start ?end { ?d a dcat:Dataset ; dcterms:temporal [ dcat:startDate ?start ; dcat:endDate ?end ] }");
        assertThat(period).hasSize(1);
        assertThat(period.get(0).getLiteral("start").getLexicalForm()).isEqualTo("2008-09-01");
        assertThat(period.get(0).getLiteral("end").getLexicalForm()).isEqualTo("2014-12-31");
        // Regions: Övre Norrland, Sydsverige (twice), Västsverige, Östra Mellansverige.
        assertThat(select("SELECT ?s { ?d a dcat:Dataset ; dcterms:spatial ?s }", "s")).containsExactlyInAnyOrder(
                "http://publications.europa.eu/resource/authority/country/SWE", "http://data.europa.eu/nuts/code/SE12",
                "http://data.europa.eu/nuts/code/SE22", "http://data.europa.eu/nuts/code/SE23",
                "http://data.europa.eu/nuts/code/SE33");
    }

    @Test
    void theSparqlEndpointIsADataServiceServingTheDataset() {
        assertThat(select("SELECT ?e { ?s a dcat:DataService ; dcat:endpointURL ?e ; dcat:servesDataset ?d . ?d a dcat:Dataset }", "e"))
                .containsExactly("https://w3id.org/esf-kg/esf/sparql");
    }

    @Test
    void theThreeCatalogFilesHoldTheSameGraph() {
        for (String f : List.of("catalog.rdf", "catalog.jsonld")) {
            Model other = RDFDataMgr.loadModel(out.resolve(f).toString());
            assertThat(other.isIsomorphicWith(catalog)).as(f).isTrue();
        }
    }

    private static List<QuerySolution> rows(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(PREFIX + query, catalog)) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static List<String> select(String query, String var) {
        return rows(query).stream().map(r -> r.getResource(var).getURI()).toList();
    }
}
