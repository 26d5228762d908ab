package se.esfkg.query.guard;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text a regular expression runs over, counting every character the matcher reads. Java's
 * matcher backtracks by re-reading characters, so the count is the work done: past the budget, or
 * once the query has been cancelled (its timeout), the next read throws and the query stops.
 */
final class MeteredText implements CharSequence {

    private static final Logger LOG = LoggerFactory.getLogger(MeteredText.class);

    /** Reads between two looks at the cancel flag and the budget; small enough to stop within microseconds. */
    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final long budget;
    private final AtomicBoolean cancelled;
    private final String function;
    private long reads;
    private int untilCheck = CHECK_EVERY;

    MeteredText(String text, long budget, AtomicBoolean cancelled, String function) {
        this.text = text;
        this.budget = budget;
        this.cancelled = cancelled;
        this.function = function;
    }

    @Override
    public char charAt(int index) {
        if (--untilCheck == 0) {
            check();
        }
        return text.charAt(index);
    }

    private void check() {
        reads += CHECK_EVERY;
        untilCheck = CHECK_EVERY;
        if (cancelled != null && cancelled.get()) {
            throw new QueryCancelledException();
        }
        if (reads > budget) {
            // A cancellation is the one exception FILTER and BIND do not swallow as a row error, so
            // the whole query stops, as at its timeout (HTTP 503).
            LOG.warn("{} stopped after {} steps on a {}-character value (catastrophic backtracking?)",
                    function, budget, text.length());
            throw new QueryCancelledException();
        }
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
