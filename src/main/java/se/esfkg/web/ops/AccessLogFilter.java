package se.esfkg.web.ops;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One line per request on the {@code esf.access} logger: method, path, status, duration, response type.
 * Deliberately without client address, user agent, cookies, referrer or query string — a SPARQL
 * query or a search may carry a name or an e-mail address — so the log holds no personal data.
 */
@Component("accessLogFilter")
// After the SPARQL route (which runs this same filter for its own requests) and the proxy headers.
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class AccessLogFilter extends OncePerRequestFilter {

    private static final Logger ACCESS = LoggerFactory.getLogger("esf.access");
    /** Paths are logged whole up to this length; a longer one is cut (no megabyte log lines). */
    private static final int MAX_PATH = 200;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (ACCESS.isInfoEnabled()) {
                String path = request.getRequestURI();
                if (path.length() > MAX_PATH) {
                    path = path.substring(0, MAX_PATH) + "…";
                }
                String type = response.getContentType();
                ACCESS.info("{} {} {} {}ms {}", request.getMethod(), path, response.getStatus(),
                        (System.nanoTime() - start) / 1_000_000, type == null ? "-" : type.split(";", 2)[0]);
            }
        }
    }
}
