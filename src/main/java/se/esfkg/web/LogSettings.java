package se.esfkg.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import se.esfkg.query.guard.QueryLog;

/**
 * What the server writes to its log, {@code esf.log.*} (docs/reliability.md).
 *
 * @param maxQueryChars each SPARQL request's query is logged on {@code esf.query}, folded onto one line
 *                      of at most this many characters; 0 logs no query text
 */
@ConfigurationProperties("esf.log")
public record LogSettings(@DefaultValue("2000") int maxQueryChars) {

    public QueryLog queryLog() {
        return new QueryLog(maxQueryChars);
    }
}
