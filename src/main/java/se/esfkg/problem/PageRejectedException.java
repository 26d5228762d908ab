package se.esfkg.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown by a stage that cannot make sense of one source page (or one CSV row). The pipeline
 * reports the carried problem, skips that page and goes on with the others.
 */
public class PageRejectedException extends RuntimeException {

    private final transient Problem problem;
    private final transient List<Problem> details;

    public PageRejectedException(SourceLocation at, String message) {
        this(at, message, List.of());
    }

    /** A rejection with its reasons, each located on its own (the shape violations of a page). */
    public PageRejectedException(SourceLocation at, String message, List<Problem> details) {
        super(message + " " + at);
        this.problem = new Problem(Severity.ERROR, at, message);
        this.details = List.copyOf(details);
    }

    public Problem problem() {
        return problem;
    }

    /** The rejection first, then each of its reasons: what a reporter should be told. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>();
        all.add(problem);
        all.addAll(details);
        return all;
    }
}
