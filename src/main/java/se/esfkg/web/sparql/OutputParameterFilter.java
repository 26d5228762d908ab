package se.esfkg.web.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import se.esfkg.output.RdfSyntax;

/**
 * Clients name the result format in a parameter beside {@code Accept}: SPARQLWrapper sends
 * {@code format=}, {@code output=} and {@code results=} with values such as {@code rdf+xml},
 * {@code n-triples} or {@code n3}. Fuseki knows some short names ({@code json}, {@code xml},
 * {@code csv}, {@code tsv}, {@code turtle}, {@code ttl}, {@code nt}, {@code json-ld}, {@code trig},
 * {@code n-quads}) and answers 400 for the others. This filter rewrites the other values to the
 * media type of the syntax they name in the output registry, so no client value gets a 400.
 */
public final class OutputParameterFilter extends OncePerRequestFilter {

    static final Set<String> PARAMETERS = Set.of("format", "output", "results");
    /** The names Fuseki itself expands; left alone so that its own choice (SELECT vs CONSTRUCT) holds. */
    static final Set<String> FUSEKI_NAMES = Set.of("json", "xml", "csv", "tsv", "text", "sparql", "thrift",
            "json-ld", "json-rdf", "ttl", "turtle", "nt", "n-quads", "trig");

    /** The media type a client's format value stands for, if it needs rewriting. */
    static Optional<String> mediaTypeFor(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.contains("/") || FUSEKI_NAMES.contains(v)) {
            return Optional.empty();
        }
        if (v.equals("n3")) {
            // Notation3 clients read Turtle, a subset of N3; no N3 writer is offered.
            return Optional.of(RdfSyntax.TURTLE.mediaType());
        }
        return Arrays.stream(RdfSyntax.values())
                .filter(s -> s.id().equals(v) || s.suffix().equals(v)
                        || s.mediaTypes().stream().anyMatch(t -> t.substring(t.indexOf('/') + 1).equals(v)))
                .findFirst().map(RdfSyntax::mediaType);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean rewrite = PARAMETERS.stream().map(request::getParameter)
                .anyMatch(v -> v != null && mediaTypeFor(v).isPresent());
        chain.doFilter(rewrite ? new Rewritten(request) : request, response);
    }

    private static final class Rewritten extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        Rewritten(HttpServletRequest request) {
            super(request);
            Map<String, String[]> m = new LinkedHashMap<>(request.getParameterMap());
            for (String name : PARAMETERS) {
                String[] values = m.get(name);
                if (values != null) {
                    m.put(name, Arrays.stream(values).map(v -> mediaTypeFor(v).orElse(v)).toArray(String[]::new));
                }
            }
            parameters = Collections.unmodifiableMap(m);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(List.copyOf(parameters.keySet()));
        }
    }
}
