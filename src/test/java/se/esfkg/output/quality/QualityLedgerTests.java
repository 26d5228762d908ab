package se.esfkg.output.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;
import se.esfkg.problem.SourceLocation;

/** The ledger spills its rows and problems to disk; what it gives back must not depend on when it spilled. */
class QualityLedgerTests {

    private static QualityLedger.Written row(String file, int line, String title) {
        return new QualityLedger.Written(file, line, "A", title, "https://example.org/project/" + title,
                List.of("title"), List.of("region", "summary"), List.of("Okänd förening"),
                List.of(new PageQuality.Classified("cooperation-model/network", "0.65")));
    }

    private static Problem problem(Severity severity, String file, int line, String message) {
        return new Problem(severity, new SourceLocation(file, line, "Titel"), message);
    }

    /** Files out of order, an export with a rejected row, a rejected page, warnings before their page. */
    private static List<PageQuality> run(long inMemory) {
        QualityLedger ledger = new QualityLedger(inMemory);
        ledger.problem(problem(Severity.WARNING, "b.txt", 4, "unknown heading \"Övrigt\""));
        ledger.page(List.of(row("b.txt", 1, "Bravo")));
        ledger.problem(problem(Severity.ERROR, "a.txt", 1, "no reader recognises this file"));
        ledger.problem(problem(Severity.WARNING, "export.csv", 3, "bad amount \"12 kr\""));
        ledger.page(List.of(row("export.csv", 3, "Tre"), row("export.csv", 2, "Två")));
        ledger.problem(problem(Severity.ERROR, "export.csv", 5, "row without a title"));
        ledger.page(List.of(row("export.csv", 7, "Sju")));
        ledger.problem(problem(Severity.WARNING, "c.txt", 2, "mail anna@example.org"));
        ledger.page(List.of(row("c.txt", 1, "Charlie")));
        List<PageQuality> pages = new ArrayList<>();
        ledger.pages(pages::add);
        ledger.close();
        return pages;
    }

    @Test
    void rowsComeBackByFileAndLineWithTheirProblemsHoweverOftenTheLedgerSpilled() {
        List<PageQuality> inMemory = run(1_000);
        assertThat(inMemory).extracting(p -> p.file() + ":" + p.line() + " " + p.status().id() + " " + p.title())
                .containsExactly("a.txt:0 rejected ", "b.txt:1 converted Bravo", "c.txt:1 converted Charlie",
                        "export.csv:2 converted Två", "export.csv:3 converted Tre", "export.csv:5 rejected ",
                        "export.csv:7 converted Sju");
        assertThat(inMemory.get(1).warnings()).extracting(PageQuality.Warning::message)
                .containsExactly("unknown heading \"Övrigt\"");
        assertThat(inMemory.get(1).unknownHeadings()).containsExactly("Titel");
        assertThat(inMemory.get(2).warnings()).extracting(PageQuality.Warning::message)
                .containsExactly("mail [e-post]");
        assertThat(inMemory.get(4).warnings()).hasSize(1);
        assertThat(run(2)).as("spilled every two entries").isEqualTo(inMemory);
        assertThat(run(1)).as("spilled at every entry").isEqualTo(inMemory);
    }
}
