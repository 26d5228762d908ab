package se.esfkg.parse.layouta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.problem.Problem;
import se.esfkg.problem.PageRejectedException;
import se.esfkg.problem.Severity;
import se.esfkg.source.SourceReader;

/** Pages the reader cannot make sense of are refused with file, line and field. */
class LayoutABadInputTests {

    private static List<ProjectRecord> parse(String fixture, CollectingProblemReporter problems) {
        List<ProjectRecord> out = new ArrayList<>();
        new LayoutAParser().parse(SourceReader.read(Path.of("src/test/resources/layouts/a", fixture)), out::add,
                problems);
        return out;
    }

    @Test
    void theShortGoodPageReads() {
        CollectingProblemReporter problems = new CollectingProblemReporter();
        assertThat(parse("good-short-01.txt", problems)).singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo("ResursCentrum"));
        assertThat(problems.problems()).isEmpty();
    }

    @Test
    void missingTitle() {
        assertThatThrownBy(() -> parse("bad-no-title-01.txt", new CollectingProblemReporter()))
                .isInstanceOf(PageRejectedException.class)
                .hasMessage("no title before the first field [bad-no-title-01.txt:5, title]");
    }

    // An odd value costs its field only: a warning at its line, and the rest of the page is kept.

    @Test
    void malformedAmount() {
        CollectingProblemReporter problems = new CollectingProblemReporter();
        ProjectRecord r = parse("bad-amount-01.txt", problems).get(0);
        assertThat(problems.problems()).extracting(Problem::toString).contains(
                "warning: malformed amount \"2 77x 340 kr\"; the field is left out [bad-amount-01.txt:11, Beviljat ESF-stöd]");
        assertThat(r.esfGrant()).isEmpty();
        assertThat(r.totalBudget()).isPresent();
        assertThat(r.startDate()).isPresent();
    }

    @Test
    void impossibleDate() {
        CollectingProblemReporter problems = new CollectingProblemReporter();
        ProjectRecord r = parse("bad-date-01.txt", problems).get(0);
        assertThat(problems.problems()).extracting(Problem::toString).contains(
                "warning: bad date \"2014-13-02\"; the field is left out [bad-date-01.txt:13, Projektperiod]");
        assertThat(r.startDate()).isEmpty();
        assertThat(r.endDate()).isEmpty();
        assertThat(r.esfGrant()).isPresent();
    }

    @Test
    void malformedPeriod() {
        CollectingProblemReporter problems = new CollectingProblemReporter();
        ProjectRecord r = parse("bad-period-01.txt", problems).get(0);
        assertThat(problems.problems()).extracting(Problem::toString).contains("warning: malformed period "
                + "\"2014-01-02 fram till årsskiftet\"; the field is left out [bad-period-01.txt:13, Projektperiod]");
        assertThat(r.startDate()).isEmpty();
        assertThat(r.sections()).isNotEmpty();
    }

    @Test
    void unknownHeadingIsKeptAsASectionWithAWarning() {
        CollectingProblemReporter problems = new CollectingProblemReporter();
        ProjectRecord r = parse("unknown-heading-01.txt", problems).get(0);
        assertThat(r.sections()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(SectionKind.OTHER);
            assertThat(s.heading()).isEqualTo("Framtidsplaner");
            assertThat(s.text()).isEqualTo("Vi fortsätter.");
        });
        assertThat(problems.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.toString()).isEqualTo("warning: unknown heading \"Framtidsplaner\" kept as a section of its own"
                    + " [unknown-heading-01.txt:21, Framtidsplaner]");
        });
    }
}
