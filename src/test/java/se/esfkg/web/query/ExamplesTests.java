package se.esfkg.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The query page's examples come from the classpath copy of sparql-examples/ the build makes. */
class ExamplesTests {

    @Test
    void everyExampleFileIsOnTheClasspathWithItsQuestions() throws IOException {
        Examples examples = new Examples();
        try (Stream<Path> files = Files.list(Path.of("sparql-examples"))) {
            assertThat(examples.all()).extracting(Example::name).containsExactlyInAnyOrderElementsOf(
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                            .map(n -> n.substring(0, n.length() - 3)).toList());
        }
        Example shared = examples.byName("municipalities-sharing-partners").orElseThrow();
        assertThat(shared.title("en")).isEqualTo("Which pairs of municipalities have projects with a partner organisation in common?");
        assertThat(shared.title("sv")).isEqualTo("Vilka par av kommuner har projekt med en gemensam samarbetspartner?");
        assertThat(shared.question("en")).contains("An agency's local office counts as the agency");
        assertThat(shared.answer()).startsWith("one row per pair");
        assertThat(shared.query()).contains("SELECT ?municipalityA ?municipalityB");
    }

    @Test
    void onlyPlainNamesNameAnExample() {
        Examples examples = new Examples();
        assertThat(examples.byName("../application")).isEmpty();
        assertThat(examples.byName("Municipalities-Sharing-Partners")).isEmpty();
        assertThat(examples.byName("no-such-example")).isEmpty();
    }
}
