package se.esfkg.query.guard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one log line per SPARQL request that shows what was asked, on the {@code esf.query} logger.
 * The text is folded onto one line and cut so that the whole line stays within {@code maxChars}:
 * a megabyte query must not become a megabyte log line, and a query may carry whatever its author
 * typed, so operators choose how much of it they keep ({@code esf.log.max-query-chars}; 0 logs none).
 */
public final class QueryLog {

    public static final int DEFAULT_MAX_CHARS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger("esf.query");

    private final int maxChars;

    public QueryLog(int maxChars) {
        if (maxChars < 0) {
            throw new IllegalArgumentException("max-query-chars must be 0 or more: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public int maxChars() {
        return maxChars;
    }

    /** Logs {@code query} (the raw text as received) for the request {@code method}. */
    public void log(String method, String query) {
        if (maxChars == 0 || query == null || !LOG.isInfoEnabled()) {
            return;
        }
        LOG.info(line(method, query));
    }

    /** The log line for {@code query}: never longer than {@code maxChars}. */
    String line(String method, String query) {
        String head = method + " query (" + query.length() + " chars): ";
        int room = maxChars - head.length();
        if (room <= 1) {
            return head.substring(0, Math.min(head.length(), maxChars));
        }
        return head + excerpt(query, room);
    }

    /** {@code text} with every run of white space as one space, at most {@code max} characters. */
    static String excerpt(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                if (out.length() + 1 >= max) {
                    return cut(out, max);
                }
                out.append(' ');
                space = false;
            }
            if (out.length() >= max) {
                return cut(out, max);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String cut(StringBuilder out, int max) {
        out.setLength(max - 1);
        if (Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
        return out.append('…').toString();
    }
}
