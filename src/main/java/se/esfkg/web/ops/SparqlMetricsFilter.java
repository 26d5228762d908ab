package se.esfkg.web.ops;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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

    static final class Metering extends OncePerRequestFilter {
        private final MeterRegistry registry;

        Metering(MeterRegistry registry) {
            this.registry = registry;
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
                Timer.builder("esf.sparql.requests").description("SPARQL protocol requests")
                        .tag("outcome", outcome).tag("method", request.getMethod())
                        .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                if (status == 503) {
                    registry.counter("esf.sparql.timeouts").increment();
                }
            }
        }
    }
}
