package se.esfkg.pipeline;

import java.time.Duration;
import java.util.List;
import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;

/**
 * What a conversion run did: files read, project records converted and failed, triples written
 * (per graph, summed), wall time, and every problem in order.
 */
public record ConvertSummary(int filesRead, int converted, int failed, long triples, Duration elapsed,
        List<Problem> problems) {

    public ConvertSummary {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return failed == 0 && problems.stream().noneMatch(p -> p.severity() != Severity.WARNING);
    }

    public String line() {
        return String.format(java.util.Locale.ROOT,
                "files read %d, projects converted %d, failed %d, triples %d, %.1f s, warnings %d",
                filesRead, converted, failed, triples, elapsed.toMillis() / 1000.0,
                problems.stream().filter(p -> p.severity() == Severity.WARNING).count());
    }
}
