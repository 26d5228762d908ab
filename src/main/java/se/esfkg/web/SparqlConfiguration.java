package se.esfkg.web;

import java.util.List;

import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import jakarta.servlet.Filter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import se.esfkg.query.guard.QueryLimits;
import se.esfkg.query.guard.QuerySizeFilter;
import se.esfkg.serve.LiveData;
import se.esfkg.serve.SparqlEndpoint;
import se.esfkg.web.sparql.OutputParameterFilter;
import se.esfkg.web.sparql.SparqlRoute;

/**
 * The live data and the SPARQL endpoint inside the web server: Fuseki's filter answers under
 * {@code /esf} on the site's port, at the end of the endpoint's own chain; everything else falls
 * through to Spring MVC.
 */
@Configuration(proxyBeanMethods = false)
class SparqlConfiguration {

    /** The guard limits: the configured timeout and {@code esf.guard.*} (docs/reliability.md). */
    @Bean
    QueryLimits queryLimits(SiteSettings settings, QueryGuardSettings guard) {
        return guard.applyTo(QueryLimits.defaults().withTimeout(settings.queryTimeout()));
    }

    @Bean(destroyMethod = "close")
    LiveData liveData(SiteSettings settings, QueryLimits limits) {
        return LiveData.open(settings.data(), limits, settings.poll());
    }

    @Bean
    SparqlEndpoint sparqlEndpoint(LiveData live, SiteSettings settings) {
        return new SparqlEndpoint(live, settings.rowCap(), settings.queryTimeout().toMillis());
    }

    /** Fuseki's filter finds its dispatch tables in the servlet context. */
    @Bean
    ServletContextInitializer fusekiRegistries(SparqlEndpoint endpoint) {
        return context -> {
            DataAccessPointRegistry.set(context, endpoint.dataAccessPoints());
            OperationRegistry.set(context, endpoint.operations());
        };
    }

    /**
     * The endpoint's requests take their own chain ({@link SparqlRoute}), first of all filters: the
     * proxy headers, the access log and CORS (the same instances the site mounts, so they run once), the
     * SPARQL metrics, the size guard and query log (oversized queries refused with 413 before Fuseki
     * parses them), the client's format names, then Fuseki's filter.
     */
    @Bean
    FilterRegistrationBean<SparqlRoute> sparqlRoute(FilterRegistrationBean<TrustedProxyFilter> trustedProxy,
            @Qualifier("accessLogFilter") Filter accessLog, FilterRegistrationBean<CorsFilter> cors,
            @Qualifier("sparqlMetrics") FilterRegistrationBean<?> metrics, QueryLimits limits, LogSettings log) {
        FilterRegistrationBean<SparqlRoute> bean = new FilterRegistrationBean<>(new SparqlRoute(List.of(
                trustedProxy.getFilter(), accessLog, cors.getFilter(), metrics.getFilter(),
                new QuerySizeFilter(limits.maxQueryBytes(), log.queryLog()), new OutputParameterFilter(),
                new FusekiFilter())));
        bean.addUrlPatterns(SparqlEndpoint.DATASET, SparqlEndpoint.DATASET + "/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    /**
     * Forwarded headers count only from {@code esf.trusted-proxies}; before every other filter, so the
     * endpoint's service description and the site's links both see the request as the proxy saw it.
     */
    @Bean
    FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(ForwardingSettings forwarding) {
        FilterRegistrationBean<TrustedProxyFilter> bean = new FilterRegistrationBean<>(
                new TrustedProxyFilter(forwarding.trustedProxies()));
        // Right after the SPARQL route, which runs this same filter first for its own requests.
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return bean;
    }

    /**
     * Browser clients (YASGUI, notebooks) may read from any origin, without credentials, and see the
     * row-cap header. As a servlet filter it covers Fuseki's endpoint and the site alike.
     */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(SiteSettings settings) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (settings.cors()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(List.of(CorsConfiguration.ALL));
            cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
            cors.setAllowedHeaders(List.of(CorsConfiguration.ALL));
            cors.setExposedHeaders(List.of(SparqlEndpoint.ROW_CAP_HEADER, "Content-Location", "Link", "ETag",
                    "Last-Modified"));
            cors.setAllowCredentials(false);
            cors.setMaxAge(3600L);
            source.registerCorsConfiguration("/**", cors);
        }
        FilterRegistrationBean<CorsFilter> bean = new FilterRegistrationBean<>(new CorsFilter(source));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return bean;
    }
}
