package se.esfkg.problem;

/**
 * The error policy, as Jena's ErrorHandler: stages report, the reporter decides whether to log,
 * collect or throw. A stage that reports an {@link Severity#ERROR} for a page must also stop
 * producing output for that page (usually by throwing {@link PageRejectedException}).
 */
public interface ProblemReporter {

    void report(Problem problem);

    default void warning(SourceLocation at, String message) {
        report(new Problem(Severity.WARNING, at, message));
    }

    default void error(SourceLocation at, String message) {
        report(new Problem(Severity.ERROR, at, message));
    }
}
