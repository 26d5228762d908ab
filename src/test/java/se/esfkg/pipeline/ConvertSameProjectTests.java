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
                        + "kept in provenance [page.txt:8, title]",
                        // The export row writes the owner without its department (same-as-c-01.csv): kept, warned.
                        "warning: owner \"Luleå kommun, Arbetsmarknadsförvaltningen\" (\"Luleå kommun\") differs from "
                        + "export.csv's; both values kept, each with its source [page.txt:8, title]");
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

    private ConvertSummary convertBAndC(String cTitle) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // The old site's page (layout B) writes the number with a dash, the new one (C) with a slash.
        Files.writeString(in.resolve("b.txt"), Files.readString(Path.of("src/test/resources/layouts/b/format-b-example.txt"))
                .replace("2016/00518", "2016-00518"));
        Files.writeString(in.resolve("c.txt"), Files.readString(Path.of("src/test/resources/layouts/c/format-c-example.txt"))
                .replace("2023/00117", "2016/00518").replace("Vägen vidare i Norrbotten", cTitle));
        return Converter.builder().build().convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);
    }

    @Test
    void layoutBsProjectNumberIdentifiesTheProjectWhicheverWayItIsWritten() throws IOException {
        ConvertSummary s = convertBAndC("Digitalt lyft i Bergslagen");
        assertThat(s.converted()).as(s.problems().toString()).isEqualTo(2);
        assertThat(s.problems()).filteredOn(p -> p.severity() == Severity.WARNING).extracting(Problem::toString)
                .contains("warning: same project as b.txt (case number 2016/00518): merged, both sources "
                        + "kept in provenance [c.txt:8, title]");
        // The two pages give the owner differently (read from the two example pages): kept, with a warning each.
        assertThat(s.problems()).filteredOn(p -> p.severity() == Severity.WARNING).extracting(Problem::toString)
                .contains("warning: owner \"Luleå kommun, Arbetsmarknadsförvaltningen\" (\"Bergslagens Kompetenscentrum\")"
                        + " differs from b.txt's; both values kept, each with its source [c.txt:8, title]");
        Model union = ModelFactory.createModelForGraph(
                RDFDataMgr.loadDatasetGraph(tmp.resolve("out/esf-kg.nq.gz").toString()).getUnionGraph());
        List<String> projects = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(ConvertSeedsTests.PREFIXES
                + "SELECT DISTINCT ?p WHERE { ?p a esf:Project }", union)) {
            qe.execSelect().forEachRemaining(r -> projects.add(r.get("p").toString()));
        }
        assertThat(projects).containsExactly("https://w3id.org/esf-kg/id/project/2016-00518");
    }

    @Test
    void oneNumberOnTwoClearlyDifferentProjectsIsRefusedNamingBoth() throws IOException {
        // No significant title word in common, and 2017-2019 does not overlap 2023-2026.
        ConvertSummary s = convertBAndC("Vägen vidare i Norrbotten");
        assertThat(s.converted()).isEqualTo(1);
        assertThat(s.problems()).filteredOn(p -> p.severity() == Severity.ERROR).extracting(Problem::toString)
                .singleElement().asString()
                .startsWith("error: number 2016/00518 is also b.txt's, but the two describe different projects "
                        + "(\"Digitalt lyft i Bergslagen\" 2017-02-01–2019-12-31, \"Vägen vidare i Norrbotten\" 2023-09-01–2026-08-31)")
                .endsWith("[c.txt:8, title]");
    }
}
