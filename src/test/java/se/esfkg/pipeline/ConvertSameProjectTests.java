package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;
import se.esfkg.testing.Knowledge;

/** A page and an export row with the same case number are one project with two sources. */
class ConvertSameProjectTests {

    @TempDir
    Path tmp;

    @Test
    void pageAndExportRowMerge() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("src/test/resources/layouts/c/format-c-example.txt"), in.resolve("page.txt"));
        Files.copy(Path.of("src/test/resources/layouts/d/same-as-c-01.csv"), in.resolve("export.csv"));
        ConvertSummary s = Converter.builder().build().convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);

        assertThat(s.converted()).isEqualTo(2);
        assertThat(s.failed()).isZero();
        assertThat(s.problems()).filteredOn(p -> p.severity() == Severity.WARNING).extracting(Problem::toString)
                .containsExactly("warning: same project as export.csv (case number 2023/00117): merged, both sources "
                        + "kept in provenance [page.txt:8, title]");
        Model union = ModelFactory.createModelForGraph(
                RDFDataMgr.loadDatasetGraph(tmp.resolve("out/esf-kg.nq.gz").toString()).getUnionGraph());
        List<String> rows = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(ConvertSeedsTests.PREFIXES + """
                SELECT ?p ?layout ?kohesio WHERE { ?p a esf:Project ; dcterms:source/esf:layout ?layout ;
                  esf:kohesioOperationId ?kohesio } ORDER BY ?layout""", union)) {
            qe.execSelect().forEachRemaining(r -> rows.add(r.get("p") + " " + r.getLiteral("layout").getString()
                    + " " + r.getLiteral("kohesio").getString()));
        }
        assertThat(rows).containsExactly(
                "https://w3id.org/esf-kg/id/project/2023-00117 C 2021SE05SFPR001_2023/00117",
                "https://w3id.org/esf-kg/id/project/2023-00117 D 2021SE05SFPR001_2023/00117");
        var check = Converter.builder().knowledge(Knowledge.SHIPPED).build().datasetValidation().validate(tmp.resolve("out/esf-kg.nq.gz"));
        assertThat(check.conforms()).as(check::report).isTrue();
    }
}
