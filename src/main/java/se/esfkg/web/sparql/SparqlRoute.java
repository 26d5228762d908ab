package se.esfkg.web.sparql;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * The SPARQL endpoint's own filter chain, mounted first under {@code /esf}: a protocol request passes
 * the filters it needs, in the order given (proxy headers, the access log, CORS, its metrics, the query
 * guard and log, the output parameter names, Fuseki last) and none of the site's (Spring's request
 * context, character encoding, form and observation filters, which serve the pages). Measured under wrk,
 * those were a large part of what a cheap query cost beyond Fuseki's own work (docs/benchmarks.md,
 * session 8). A request Fuseki does not answer continues down the site's chain.
 *
 * <p>The filters are not initialised here: a filter that is also mounted for the site is the same
 * instance the container initialised, so a {@code OncePerRequestFilter} among them knows it has run.
 */
public final class SparqlRoute implements Filter {

    private final List<Filter> filters;

    public SparqlRoute(List<? extends Filter> filters) {
        this.filters = List.copyOf(filters);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain site)
            throws IOException, ServletException {
        new Steps(site).doFilter(request, response);
    }

    /** One request's walk through the filters, then on to the site's chain. */
    private final class Steps implements FilterChain {
        private final FilterChain site;
        private int next;

        Steps(FilterChain site) {
            this.site = site;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response) throws IOException, ServletException {
            if (next < filters.size()) {
                filters.get(next++).doFilter(request, response, this);
            } else {
                site.doFilter(request, response);
            }
        }
    }
}
