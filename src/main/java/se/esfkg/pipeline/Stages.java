package se.esfkg.pipeline;

import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import se.esfkg.classify.ClassificationResult;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.problem.ProblemReporter;
import se.esfkg.resolve.ResolvedProject;
import se.esfkg.validate.ValidationIssue;

/** The stages a conversion runs each record through, each behind the narrowest interface. */
public final class Stages {

    private Stages() {
    }

    @FunctionalInterface
    public interface Resolver {
        ResolvedProject resolve(ProjectRecord record, ProblemReporter problems);
    }

    @FunctionalInterface
    public interface Classifier {
        ClassificationResult classify(ResolvedProject project);
    }

    /**
     * Returns the violations (not warnings) in a page's validation view whose focus node {@code about}
     * accepts; empty when there are none.
     */
    @FunctionalInterface
    public interface Validator {
        List<ValidationIssue> violations(Graph view, Predicate<Node> about);
    }
}
