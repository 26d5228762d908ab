package se.esfkg.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.esfkg.resolve.ProjectResolver;
import se.esfkg.testing.Knowledge;

/**
 * Precision and recall of the classifier on the labelled set (issue 10): at least 95 % / 90 %
 * pooled, and at least 85 % / 75 % for every concept of the two schemes. The held-out set, written
 * after the rules, is reported beside it (docs/classification.md keeps the figures).
 */
class LabelledSetTests {

    private static final CooperationClassifier CLASSIFIER =
            new CooperationClassifier(ConceptData.from(Knowledge.SHIPPED));
    private static final ProjectResolver RESOLVER = ProjectResolver.of(Knowledge.SHIPPED);

    @Test
    void labelledSetMeetsTheBar() {
        List<LabelledSet.Row> rows = LabelledSet.read("classify/labelled-set.tsv");
        LabelledSet.Result r = LabelledSet.score(rows, CLASSIFIER, RESOLVER);
        System.out.println("labelled set\n" + r.report());
        r.errors().forEach(System.out::println);

        assertThat(r.byConcept().keySet()).as("every concept of both schemes is labelled")
                .hasSize(CLASSIFIER.data().cooperationModels().size() + CLASSIFIER.data().targetGroups().size());
        assertThat(r.pooled().precision()).as(r.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.pooled().recall()).as(r.report()).isGreaterThanOrEqualTo(0.90);
        r.byConcept().forEach((concept, s) -> {
            assertThat(s.precision()).as(concept + "\n" + r.report()).isGreaterThanOrEqualTo(0.85);
            assertThat(s.recall()).as(concept + "\n" + r.report()).isGreaterThanOrEqualTo(0.75);
        });
    }

    /**
     * The held-out set is small (a few sentences per concept), so only the pooled figures are
     * held to a floor, set below the bar: it guards against a change that breaks the classifier on
     * sentences nobody tuned it for, without turning the held-out set into a second training set.
     */
    @ParameterizedTest
    @ValueSource(strings = {"classify/held-out.tsv", "classify/held-out-2.tsv"})
    void heldOutSetIsReported(String resource) {
        LabelledSet.Result r = LabelledSet.score(LabelledSet.read(resource), CLASSIFIER, RESOLVER);
        System.out.println(resource + "\n" + r.report());
        r.errors().forEach(System.out::println);

        assertThat(r.byConcept()).as("every concept has held-out sentences")
                .hasSize(CLASSIFIER.data().cooperationModels().size() + CLASSIFIER.data().targetGroups().size());
        assertThat(r.pooled().precision()).as(r.report()).isGreaterThanOrEqualTo(0.60);
        assertThat(r.pooled().recall()).as(r.report()).isGreaterThanOrEqualTo(0.70);
    }
}
