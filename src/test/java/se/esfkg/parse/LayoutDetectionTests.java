package se.esfkg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.esfkg.parse.Layout;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.source.SourceDocument;
import se.esfkg.source.SourceReader;
import se.esfkg.source.SourceScanner;

/** Each file goes to exactly one reader, chosen by what it holds, never by its name. */
class LayoutDetectionTests {

    private static final Path SEEDS = Path.of("seeds");

    private static final Map<String, String> EXAMPLES = Map.of(
            "layouts/b/format-b-example.txt", "B",
            "layouts/c/format-c-example.txt", "C",
            "layouts/d/export-example.csv", "D");

    @Test
    void registryListsTheFourReadersInOrder() {
        assertThat(Layouts.all()).extracting(LayoutParser::layout).containsExactly(Layout.values());
    }

    /** The seeds and the examples, renamed so that no name hints at a layout, go each to its reader. */
    @Test
    void mixedFolderGoesEachFileToItsReader(@TempDir Path folder) throws IOException {
        List<Path> seeds = seeds();
        assertThat(seeds).hasSize(5);
        for (Path seed : seeds) {
            Files.copy(seed, folder.resolve("page-" + seed.getFileName()));
        }
        int n = 0;
        for (String example : EXAMPLES.keySet().stream().sorted().toList()) {
            try (InputStream in = getClass().getResourceAsStream("/" + example)) {
                Files.write(folder.resolve("page-x" + n++ + ".dat"), in.readAllBytes());
            }
        }

        Map<String, String> expected = new HashMap<>();
        seeds.forEach(s -> expected.put("page-" + s.getFileName(), "A"));
        expected.put("page-x0.dat", "B");
        expected.put("page-x1.dat", "C");
        expected.put("page-x2.dat", "D");

        List<Path> files = SourceScanner.scan(folder);
        assertThat(files).hasSize(8);
        int records = 0;
        for (Path file : files) {
            SourceDocument doc = SourceReader.read(file);
            assertThat(accepting(doc)).as(doc.name()).containsExactly(expected.get(doc.name()));
            LayoutParser parser = Layouts.detect(doc).orElseThrow();
            CollectingProblemReporter problems = new CollectingProblemReporter();
            List<ProjectRecord> read = new ArrayList<>();
            parser.parse(doc, read::add, problems);
            assertThat(problems.hasErrors()).as(doc.name()).isFalse();
            assertThat(read).as(doc.name()).isNotEmpty().allMatch(r -> r.layout() == parser.layout());
            records += read.size();
        }
        assertThat(records).isEqualTo(5 + 1 + 1 + 2);
    }

    static Stream<String> fixtures() {
        return Stream.of("b/format-b-example.txt", "b/bad-period-01.txt", "b/bad-amount-01.txt",
                "b/bad-no-title-01.txt", "c/format-c-example.txt", "c/good-order-01.txt", "c/bad-period-01.txt",
                "c/bad-amount-01.txt", "c/bad-no-title-01.txt", "d/export-example.csv", "d/bad-rows-01.csv",
                "d/good-reordered-01.csv");
    }

    /** A bad page is still its layout's to reject: detection must not hand it to another reader. */
    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureIsAcceptedByItsOwnReaderOnly(String fixture) {
        String layout = fixture.substring(0, 1).toUpperCase(Locale.ROOT);
        assertThat(accepting(Fixtures.resource("layouts/" + fixture))).containsExactly(layout);
    }

    @Test
    void proseThatStartsLikeALabelDoesNotChangeTheLayout() {
        SourceDocument c = Fixtures.text("c.txt", """
                2023/00400 - Prosa
                Region:
                Sydsverige
                Projektperiod:
                2023-01-01 - 2024-12-31

                Projektägaren samarbetar med Programområdets övriga projekt.
                Projektperioden är tre år.
                """);
        SourceDocument b = Fixtures.text("b.txt", """
                Prosa i B

                Programområde
                1.1 Kompetensförsörjning
                Projektägare
                Exempelkommunen
                Projektperiod
                2017-02-01-2019-12-31

                Sammanfattning

                Projektägaren samarbetar med Programområdets övriga projekt.
                """);
        assertThat(accepting(c)).containsExactly("C");
        assertThat(accepting(b)).containsExactly("B");
    }

    @Test
    void neitherTextNorOtherCsvIsAccepted() {
        assertThat(accepting(Fixtures.resource("layouts/d/not-an-export-01.csv"))).isEmpty();
        assertThat(accepting(Fixtures.text("note.txt", "Anteckningar\n\nInget projekt här.\n"))).isEmpty();
    }

    private static List<String> accepting(SourceDocument doc) {
        return Layouts.all().stream().filter(p -> p.accepts(doc)).map(p -> p.layout().id()).toList();
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
