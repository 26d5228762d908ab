package se.esfkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.esfkg.parse.Layout;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.Section;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.problem.SourceLocation;

/**
 * The labelled owners of {@code resolve/labelled-owners.tsv}: the share reaching the expected
 * organisation, and no county administrative board given a county its page does not support.
 */
class LabelledOwnerTests {

    private static final String COUNTY_UNKNOWN = "county-unknown";

    record Labelled(int line, String set, String kind, String owner, String emailDomain, String postalCode,
            String region, String phone, String text, String expected) {
    }

    record Outcome(Labelled row, String organisation, boolean countyUnknownWarned) {
        boolean right() {
            if (row.expected().equals(COUNTY_UNKNOWN)) {
                return organisation.startsWith("organisation/source-") && organisation.endsWith("/lansstyrelsen")
                        && countyUnknownWarned;
            }
            return organisation.equals(row.expected());
        }

        boolean countyBoardGuessed() {
            return organisation.startsWith("organisation/lansstyrelsen-") && !organisation.equals(row.expected());
        }
    }

    static List<Labelled> rows() {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("src/test/resources/resolve/labelled-owners.tsv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Labelled> rows = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("#") || l.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = l.split("\t", -1);
            if (c.length != 9) {
                throw new IllegalStateException("labelled-owners.tsv line " + (i + 1) + ": " + c.length + " cells");
            }
            rows.add(new Labelled(i + 1, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]));
        }
        return rows;
    }

    static Outcome resolve(Labelled row) {
        SourceLocation title = new SourceLocation("labelled-" + row.line() + ".txt", 1, "title");
        ProjectRecord.Builder b = ProjectRecord.builder(title, "0".repeat(64), Layout.C).title("Ett projekt")
                .ownerName(row.owner());
        if (!row.emailDomain().isEmpty()) {
            b.contactEmail("kontakt@" + row.emailDomain());
        }
        b.ownerPostcode(row.postalCode()).region(row.region()).contactPhone(row.phone());
        if (!row.text().isEmpty()) {
            b.addSection(new Section("Sammanfattning", SectionKind.SUMMARY, row.text(), "sv", false, title.at(5, "Sammanfattning")));
        }
        CollectingProblemReporter problems = new CollectingProblemReporter();
        ResolvedProject p = Seeds.RESOLVER.resolve(b.build(), problems);
        Organisation o = p.organisation(p.decisions(Role.OWNER).get(0).organisationId()).orElseThrow();
        while (o.parentId().isPresent()) {
            o = p.organisation(o.parentId().get()).orElseThrow();
        }
        boolean warned = problems.problems().stream().anyMatch(x -> x.message().contains("county unknown"));
        return new Outcome(row, o.id(), warned);
    }

    private static double share(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::right).count() / (double) outcomes.size();
    }

    @Test
    void atLeast95PercentOfTheOwnersWrittenBeforeTheRulesReachTheirOrganisation() {
        List<Outcome> outcomes = rows().stream().filter(r -> r.set().equals("rules")).map(LabelledOwnerTests::resolve).toList();
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(150);
        List<String> wrong = outcomes.stream().filter(o -> !o.right())
                .map(o -> o.row().line() + " " + o.row().owner() + " -> " + o.organisation() + " (expected " + o.row().expected() + ")")
                .toList();
        System.out.printf("labelled owners, written before the rules: %d/%d right%n",
                outcomes.stream().filter(Outcome::right).count(), outcomes.size());
        wrong.forEach(w -> System.out.println("  wrong: " + w));
        assertThat(share(outcomes)).as("share right; wrong: %s", String.join("\n", wrong)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void noCountyBoardIsGivenACountyItsPageDoesNotSupport() {
        List<String> guessed = rows().stream().map(LabelledOwnerTests::resolve).filter(Outcome::countyBoardGuessed)
                .map(o -> o.row().owner() + " -> " + o.organisation()).toList();
        assertThat(guessed).isEmpty();
    }

    @Test
    void theHeldOutOwnersAreMeasuredToo() {
        List<Outcome> heldOut = rows().stream().filter(r -> r.set().equals("held-out")).map(LabelledOwnerTests::resolve).toList();
        assertThat(heldOut).isNotEmpty();
        // Reported, not held to the bar: the held-out owners were written after the rules.
        System.out.printf("labelled owners, held out: %d/%d right%n", heldOut.stream().filter(Outcome::right).count(), heldOut.size());
        heldOut.stream().filter(o -> !o.right()).forEach(o -> System.out.println("  held out, wrong: " + o.row().owner()
                + " -> " + o.organisation() + " (expected " + o.row().expected() + ")"));
        assertThat(share(heldOut)).isGreaterThan(0.0);
    }
}
