package se.esfkg.problem;

/**
 * Thrown by a stage that cannot make sense of one source page (or one CSV row). The pipeline
 * reports the carried problem, skips that page and goes on with the others.
 */
public class PageRejectedException extends RuntimeException {

    private final transient Problem problem;

    public PageRejectedException(SourceLocation at, String message) {
        super(message + " " + at);
        this.problem = new Problem(Severity.ERROR, at, message);
    }

    public Problem problem() {
        return problem;
    }
}
