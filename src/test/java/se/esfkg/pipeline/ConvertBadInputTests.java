package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;
import se.esfkg.problem.SourceLocation;
import se.esfkg.validate.ShapeValidator;

/** One bad page never corrupts or drops the rest; each failure is located. */
class ConvertBadInputTests {

    private static final Path A = Path.of("src/test/resources/layouts/a");

    @TempDir
    Path tmp;

    private Path folderWithSeedsAnd(String... badFixtures) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.toList()) {
                Files.copy(s, in.resolve(s.getFileName()));
            }
        }
        for (String f : badFixtures) {
            Files.copy(A.resolve(f), in.resolve(f));
        }
        return in;
    }

    private static List<String> errors(ConvertSummary s) {
        return s.problems().stream().filter(p -> p.severity() == Severity.ERROR).map(Problem::toString).toList();
    }

    @Test
    void everyKindOfBadPageIsReportedAndTheSeedsStillConvert() throws IOException {
        Path in = folderWithSeedsAnd("bad-empty-01.txt", "bad-binary-01.txt", "bad-latin1-01.txt",
                "bad-no-title-01.txt", "bad-amount-01.txt", "bad-date-01.txt", "bad-period-01.txt");
        Files.copy(Path.of("seeds/003_5644959ee2017856.txt"), in.resolve("zz-copy-of-003.txt"));
        List<Problem> log = new ArrayList<>();
        ConvertSummary s = Converter.builder().build().convert(in, tmp.resolve("out"), log::add, ProgressListener.NONE);

        assertThat(s.filesRead()).isEqualTo(13);
        // The odd amount, date and period each cost their field only. The three fixtures are copies of
        // seed 000 with one value broken, so two of them are then the same project as another page;
        // the one without a period (bad-date) has its own IRI (no start year) and is published.
        assertThat(s.converted()).isEqualTo(6);
        assertThat(s.failed()).isEqualTo(7);
        assertThat(s.succeeded()).isFalse();
        assertThat(errors(s)).containsExactly(
                "error: duplicate page: same project as 000_05dbab979be8d6ed.txt "
                        + "(https://w3id.org/esf-kg/id/project/resurscentrum-2014) [bad-amount-01.txt:3, title]",
                "error: binary content (NUL byte at offset 4), not a text page [bad-binary-01.txt:1]",
                "error: empty file [bad-empty-01.txt:1]",
                "error: no reader recognises this file (layouts A, B, C, D) [bad-latin1-01.txt:1]",
                "error: no title before the first field [bad-no-title-01.txt:5, title]",
                "error: duplicate page: same project as bad-date-01.txt "
                        + "(https://w3id.org/esf-kg/id/project/resurscentrum) [bad-period-01.txt:3, title]",
                "error: duplicate page: same content as 003_5644959ee2017856.txt [zz-copy-of-003.txt:1]");
        assertThat(s.problems()).extracting(Problem::toString).contains(
                "warning: malformed amount \"2 77x 340 kr\"; the field is left out [bad-amount-01.txt:11, Beviljat ESF-stöd]",
                "warning: bad date \"2014-13-02\"; the field is left out [bad-date-01.txt:13, Projektperiod]",
                "warning: malformed period \"2014-01-02 fram till årsskiftet\"; the field is left out "
                        + "[bad-period-01.txt:13, Projektperiod]");
        assertThat(log).containsExactlyElementsOf(s.problems());

        DatasetGraph out = RDFDataMgr.loadDatasetGraph(tmp.resolve("out/esf-kg.nq.gz").toString());
        List<String> pages = new ArrayList<>();
        out.listGraphNodes().forEachRemaining(g -> pages.add(g.getURI()));
        assertThat(pages).filteredOn(g -> g.contains("/source/")).hasSize(6)
                .allMatch(g -> g.matches(".*/source/(00[0-4]_[0-9a-f]+|bad-date-01)"));
    }

    @Test
    void aPageSavedInWindows1252IsReadWithAWarningAndPublished() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("cp1252"));
        String seed = Files.readString(Path.of("seeds/002_34e89ac2aefdf7c1.txt"));
        Files.write(in.resolve("old-editor.txt"), seed.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        ConvertSummary s = Converter.builder().build().convert(in, tmp.resolve("cp1252-out"), p -> { },
                ProgressListener.NONE);
        assertThat(s.converted()).isEqualTo(1);
        assertThat(s.failed()).isZero();
        assertThat(s.problems()).extracting(Problem::toString)
                .anyMatch(p -> p.startsWith("warning: not UTF-8 (invalid byte ") && p.contains("read as Windows-1252")
                        && p.contains("[old-editor.txt:"));
    }

    @Test
    void theSameProjectOnTwoPagesIsADuplicateEvenWhenBannersDiffer() throws IOException {
        Path in = folderWithSeedsAnd();
        String page = Files.readString(Path.of("seeds/000_05dbab979be8d6ed.txt"));
        Files.writeString(in.resolve("zz-000-with-banner.txt"), page.replace("Logotyp på utskrifter\n",
                "Logotyp på utskrifter\n\nStäng\n\n3 december - Webbinarium om fattigdom i dagens Sverige\n"));
        ConvertSummary s = Converter.builder().build().convert(in, tmp.resolve("out"), p -> { },
                ProgressListener.NONE);
        assertThat(s.converted()).isEqualTo(5);
        assertThat(errors(s)).containsExactly("error: duplicate page: same project as 000_05dbab979be8d6ed.txt "
                + "(https://w3id.org/esf-kg/id/project/resurscentrum-2014) [zz-000-with-banner.txt:7, title]");
    }

    @Test
    void aPageThatViolatesTheShapesIsLeftOutWithAReadableReport() throws IOException {
        Graph strict = RDFParser.source(Path.of("ontology/shapes.ttl")).lang(Lang.TURTLE).toGraph();
        RDFParser.fromString("""
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX esf: <https://w3id.org/esf-kg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                <urn:test:ProjectsNeedACaseNumber> a sh:NodeShape ; sh:targetClass esf:Project ;
                  sh:property [ sh:path esf:caseNumber ; sh:minCount 1 ;
                                sh:message "test profile: a project needs a case number" ] .
                """, Lang.TURTLE).parse(strict);
        Path in = folderWithSeedsAnd();
        ConvertSummary s = Converter.builder().shapes(ShapeValidator.of(strict)).build()
                .convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);
        assertThat(s.converted()).isZero();
        assertThat(s.failed()).isEqualTo(5);
        assertThat(errors(s).get(0)).isEqualTo(
                "error: the converted page violates the shapes (1) [000_05dbab979be8d6ed.txt:3]");
        // Each violation is a problem of its own, located at the record's line and the failing property.
        Problem violation = s.problems().get(1);
        assertThat(violation.location()).isEqualTo(new SourceLocation("000_05dbab979be8d6ed.txt", 3, "esf:caseNumber"));
        assertThat(violation.message()).contains("<https://w3id.org/esf-kg/id/project/resurscentrum-2014>")
                .contains("test profile: a project needs a case number");
        assertThat(errors(s)).hasSize(10);
    }

    @Test
    void aFailedRunLeavesTheEarlierOutputWhereItWas() throws IOException {
        Path out = tmp.resolve("out");
        Converter.builder().build().convert(Path.of("seeds"), out, p -> { }, ProgressListener.NONE);
        byte[] before = Files.readAllBytes(out.resolve("esf-kg.nq.gz"));
        Path missing = tmp.resolve("no-such-folder");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Converter.builder().build()
                .convert(missing, out, p -> { }, ProgressListener.NONE))
                .hasMessageContaining("no such file or folder");
        assertThat(Files.readAllBytes(out.resolve("esf-kg.nq.gz"))).isEqualTo(before);
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".out-"));
        }
    }

    @Test
    void anUnknownRegionIsAWarningAtItsLine() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("x.txt"), Files.readString(Path.of("seeds/000_05dbab979be8d6ed.txt"))
                .replace("RegionÖvre Norrland", "RegionAtlantis"));
        ConvertSummary s = Converter.builder().build().convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);
        assertThat(s.converted()).isEqualTo(1);
        assertThat(s.problems()).extracting(Problem::toString)
                .containsExactly("warning: unknown region \"Atlantis\" [x.txt:14, Region]");
    }
}
