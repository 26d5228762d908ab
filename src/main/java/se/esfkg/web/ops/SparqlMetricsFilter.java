package se.esfkg.web.ops;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.esfkg.serve.SparqlEndpoint;

/**
 * SPARQL requests as Prometheus sees them: {@code esf_sparql_requests_seconds} (count and latency) by
 * outcome — {@code ok}, {@code timeout} (Fuseki's 503 "Query timed out"), {@code client-error},
 * {@code server-error} — and {@code esf_sparql_timeouts_total}. Site pages are counted by Spring's
 * own {@code http_server_requests_seconds}.
 */
@Configuration(proxyBeanMethods = false)
class SparqlMetricsFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sparqlMetrics(MeterRegistry registry) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new Metering(registry));
        bean.addUrlPatterns(SparqlEndpoint.DATASET, SparqlEndpoint.DATASET + "/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return bean;
    }

    /**
     * Finds its timer in a map of its own, keyed by outcome and method, so a request does not build a
     * meter id, merge tags and look it up in the registry (the registry's work, done once a key).
     */
    /**
     * Spring's own observation of a request ({@code http_server_requests_seconds}) is for the site's
     * pages; a SPARQL request is timed once, above, with its outcome. Observing it a second time (a
     * context, key values, a long-task timer and a timer per request, all under {@code uri="UNKNOWN"}, as
     * no Spring handler maps it) was part of what the endpoint cost beyond Fuseki's own work.
     */
    @Bean
    ObservationPredicate sparqlRequestsObservedOnce() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext server
                && isSparql(server.getCarrier()));
    }

    static boolean isSparql(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(SparqlEndpoint.DATASET) || path.startsWith(SparqlEndpoint.DATASET + "/");
    }

    static final class Metering extends OncePerRequestFilter {
        private final MeterRegistry registry;
        private final Map<Key, Timer> timers = new ConcurrentHashMap<>();
        private final Counter timeouts;

        Metering(MeterRegistry registry) {
            this.registry = registry;
            this.timeouts = registry.counter("esf.sparql.timeouts");
        }

        private record Key(String outcome, String method) {
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long start = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                int status = response.getStatus();
                String outcome = status == 503 ? "timeout" : status >= 500 ? "server-error"
                        : status >= 400 ? "client-error" : "ok";
                timers.computeIfAbsent(new Key(outcome, request.getMethod()), this::timer)
                        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                if (status == 503) {
                    timeouts.increment();
                }
            }
        }

        private Timer timer(Key key) {
            return Timer.builder("esf.sparql.requests").description("SPARQL protocol requests")
                    .tag("outcome", key.outcome()).tag("method", key.method()).register(registry);
        }
    }
}
