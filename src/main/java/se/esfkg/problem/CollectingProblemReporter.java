package se.esfkg.problem;

import java.util.ArrayList;
import java.util.List;

/** Keeps every problem in order; used by tests and by the run summary. */
public final class CollectingProblemReporter implements ProblemReporter {

    private final List<Problem> problems = new ArrayList<>();
    private final ProblemReporter next;

    public CollectingProblemReporter() {
        this(null);
    }

    /** Collects and passes each problem on to {@code next} (for example a logging reporter). */
    public CollectingProblemReporter(ProblemReporter next) {
        this.next = next;
    }

    @Override
    public synchronized void report(Problem problem) {
        problems.add(problem);
        if (next != null) {
            next.report(problem);
        }
    }

    public synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    public synchronized List<Problem> ofSeverity(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() != Severity.WARNING);
    }
}
