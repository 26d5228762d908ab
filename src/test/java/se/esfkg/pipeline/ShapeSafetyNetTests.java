package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;
import se.esfkg.validate.ShapeValidator;

/**
 * A SHACL violation that slips past the mapper costs the offending part of the page, not the page:
 * a stricter profile is added to the shipped shapes, and the seeds still all convert.
 */
class ShapeSafetyNetTests {

    @TempDir
    Path tmp;

    private ConvertSummary convertSeedsWith(String extraShapes) {
        Graph strict = RDFParser.source(Path.of("ontology/shapes.ttl")).lang(Lang.TURTLE).toGraph();
        RDFParser.fromString("""
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX esf: <https://w3id.org/esf-kg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                """ + extraShapes, Lang.TURTLE).parse(strict);
        return Converter.builder().shapes(ShapeValidator.of(strict)).build()
                .convert(Path.of("seeds"), tmp.resolve("out"), p -> { }, ProgressListener.NONE);
    }

    private long count(String where) {
        Model union = ModelFactory.createModelForGraph(
                RDFDataMgr.loadDatasetGraph(tmp.resolve("out/esf-kg.nq.gz").toString()).getUnionGraph());
        try (var q = QueryExecutionFactory.create("PREFIX esf: <https://w3id.org/esf-kg/ontology#> "
                + "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT (COUNT(*) AS ?n) WHERE { " + where + " }", union)) {
            return q.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void aRejectedValueOfTheProjectIsLeftOutAndThePageIsPublished() throws IOException {
        ConvertSummary s = convertSeedsWith("""
                <urn:test:ShortAbstracts> a sh:NodeShape ; sh:targetClass esf:Project ;
                  sh:property [ sh:path dcterms:abstract ; sh:maxLength 100 ;
                                sh:message "test profile: an abstract of at most 100 characters" ] .
                """);
        assertThat(s.converted()).isEqualTo(5);
        assertThat(s.failed()).isZero();
        List<Problem> dropped = s.problems().stream()
                .filter(p -> p.message().startsWith("left out what the shapes reject")).toList();
        assertThat(dropped).isNotEmpty().allMatch(p -> p.severity() == Severity.WARNING)
                .allMatch(p -> p.location().field().equals("dcterms:abstract") && p.location().line() > 0)
                .allMatch(p -> p.message().contains("test profile"));
        assertThat(count("?p a esf:Project ; dcterms:abstract ?a FILTER(STRLEN(?a) > 100)")).isZero();
        assertThat(count("?p a esf:Project")).isEqualTo(5);
    }

    @Test
    void aRejectedPartIsLeftOutWithEverythingPointingToIt() {
        ConvertSummary s = convertSeedsWith("""
                <urn:test:ShortSections> a sh:NodeShape ; sh:targetClass esf:TextSection ;
                  sh:property [ sh:path rdf:value ; sh:maxLength 400 ;
                                sh:message "test profile: a section of at most 400 characters" ] .
                """);
        assertThat(s.converted()).isEqualTo(5);
        assertThat(s.failed()).isZero();
        assertThat(s.problems()).anyMatch(p -> p.severity() == Severity.WARNING
                && p.message().startsWith("left out what the shapes reject") && p.message().contains("test profile"));
        assertThat(count("?s a esf:TextSection ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?v "
                + "FILTER(STRLEN(?v) > 400)")).isZero();
        assertThat(count("?p esf:hasSection ?s FILTER NOT EXISTS { ?s a esf:TextSection }")).isZero();
        assertThat(count("?s a esf:TextSection")).isPositive();
    }
}
