package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.problem.Problem;

/**
 * Found by the pipeline fuzz target ({@code PipelineFuzzTests#convertOnePage}): an owner that is
 * only punctuation — layout A's label written with a colon, {@code Projektägare:}, leaves
 * {@code ":"} — minted the organisation id {@code organisation/source-page/}, which is no clean
 * path, and the page was lost ({@code could not convert: IllegalArgumentException}). Now the owner
 * is left out with a warning at its line, in every layout, and the page is published.
 */
class ConvertOwnerNamingNothingTests {

    @TempDir
    static Path tmp;
    static ConvertSummary summary;

    @BeforeAll
    static void convert() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path layouts = Path.of("src/test/resources/layouts");
        Files.writeString(in.resolve("owner-colon.txt"), Files.readString(Path.of("seeds/000_05dbab979be8d6ed.txt"))
                .replace("\nProjektägareArbetsmarknadsenheten\n", "\nProjektägare:\n"));
        Files.writeString(in.resolve("owner-dash.txt"), Files.readString(layouts.resolve("c/format-c-example.txt"))
                .replace("Projektägare:\nLuleå kommun, Arbetsmarknadsförvaltningen\n", "Projektägare:\n–\n"));
        Files.writeString(in.resolve("owner-dash.csv"), Files.readString(layouts.resolve("d/export-example.csv"))
                .replace(";Luleå kommun;", ";–;"));
        summary = Converter.builder().build().convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);
    }

    private static List<String> messages() {
        return summary.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void everyPageIsPublished() {
        // Two pages and the export's two rows.
        assertThat(summary.converted()).as(messages().toString()).isEqualTo(4);
        assertThat(summary.failed()).isZero();
        assertThat(messages()).noneMatch(m -> m.contains("could not convert"));
    }

    @Test
    void theOwnerIsLeftOutWithAWarningAtItsLine() throws IOException {
        // The seed's Projektägare stands on line 7, format C's value on line 13, the
        // export's first row on line 2.
        assertThat(messages())
                .contains("warning: owner \":\" names nothing (no letter or digit); left out [owner-colon.txt:7, Projektägare]")
                .contains("warning: owner \"–\" names nothing (no letter or digit); left out [owner-dash.txt:13, Projektägare]")
                .anyMatch(m -> m.startsWith("warning: owner \"–\" names nothing (no letter or digit); left out [owner-dash.csv:2"));
        assertThat(Files.readString(tmp.resolve("out/esf-kg.ttl"))).doesNotContainPattern("organisation/source-[a-z0-9-]*/>")
                .contains("Vägen vidare i Norrbotten");
    }
}
