package se.esfkg.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.esfkg.parse.Layout;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.Section;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.problem.SourceLocation;
import se.esfkg.resolve.ProjectResolver;
import se.esfkg.resolve.ResolvedProject;

/**
 * A labelled set of sentences (src/test/resources/classify/*.tsv) and how the classifier scores on
 * it. Each sentence is the only text of one section of an otherwise empty page; the page goes
 * through the real resolver (so municipalities named in the sentence are found) and the real
 * classifier, and the row's concept is either assigned or not.
 */
final class LabelledSet {

    record Row(int line, String sentence, String concept, boolean expected, String kind, SectionKind section) {
    }

    /** Counts for one concept, or pooled. */
    record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

        double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        double recall() {
            int actual = truePositives + falseNegatives;
            return actual == 0 ? 1.0 : (double) truePositives / actual;
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives, trueNegatives + o.trueNegatives);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P %.3f R %.3f (tp %d fp %d fn %d tn %d)",
                    precision(), recall(), truePositives, falsePositives, falseNegatives, trueNegatives);
        }
    }

    /** Scores per concept (by notation), the pooled score, and the rows the classifier got wrong. */
    record Result(Map<String, Score> byConcept, Score pooled, List<String> errors) {

        String report() {
            StringBuilder sb = new StringBuilder();
            byConcept.forEach((c, s) -> sb.append(String.format("%-30s %s%n", c, s)));
            sb.append(String.format("%-30s %s%n", "pooled", pooled));
            return sb.toString();
        }
    }

    private LabelledSet() {
    }

    static List<Row> read(String resource) {
        InputStream in = LabelledSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4 || !(f[2].equals("yes") || f[2].equals("no"))) {
                    throw new IllegalStateException(resource + ":" + n + ": expected sentence, concept, yes/no, kind");
                }
                String sectionId = f.length > 4 && !f[4].isBlank() ? f[4] : "summary";
                SectionKind section = Arrays.stream(SectionKind.values()).filter(k -> k.id().equals(sectionId))
                        .findFirst().orElseThrow(() -> new IllegalStateException("unknown section " + sectionId));
                rows.add(new Row(n, f[0], f[1], f[2].equals("yes"), f[3], section));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Result score(List<Row> rows, CooperationClassifier classifier, ProjectResolver resolver) {
        Map<String, Score> byConcept = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (Row row : rows) {
            boolean assigned = assigned(row, classifier, resolver);
            Score s = new Score(row.expected() && assigned ? 1 : 0, !row.expected() && assigned ? 1 : 0,
                    row.expected() && !assigned ? 1 : 0, !row.expected() && !assigned ? 1 : 0);
            byConcept.merge(row.concept(), s, Score::plus);
            if (assigned != row.expected()) {
                errors.add(String.format("line %d %s %s [%s] %s", row.line(), assigned ? "FP" : "FN",
                        row.concept(), row.kind(), row.sentence()));
            }
        }
        Score pooled = byConcept.values().stream().reduce(new Score(0, 0, 0, 0), Score::plus);
        return new Result(byConcept, pooled, errors);
    }

    private static boolean assigned(Row row, CooperationClassifier classifier, ProjectResolver resolver) {
        SourceLocation page = new SourceLocation("labelled-" + row.line() + ".txt", 1, "title");
        String heading = row.section().swedishHeading().isEmpty() ? "Text" : row.section().swedishHeading();
        ProjectRecord record = ProjectRecord.builder(page, "0".repeat(64), Layout.A).title("Projekt")
                .addSection(new Section(heading, row.section(), row.sentence(), "sv", false,
                        new SourceLocation(page.file(), 3, heading)))
                .build();
        ResolvedProject project = resolver.resolve(record, new CollectingProblemReporter());
        ClassificationResult result = classifier.classify(project);
        return Stream.concat(result.cooperationModels().stream(), result.targetGroups().stream())
                .anyMatch(c -> c.conceptIri().endsWith("/" + row.concept()));
    }
}
