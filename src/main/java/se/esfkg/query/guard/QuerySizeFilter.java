package se.esfkg.query.guard;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request whose query is longer than {@link QueryLimits#maxQueryBytes()} with HTTP 413,
 * before the SPARQL parser sees a byte of it. Counts the raw request: the URL's query string for a
 * GET, the body for a POST (its declared length, or for a chunked body the bytes read up to the
 * limit; such a body is then handed on from memory). A query that passes is logged through
 * {@link QueryLog}, cut to its length.
 */
public final class QuerySizeFilter implements Filter {

    private static final String SPARQL_QUERY = "application/sparql-query";

    /** A refused body up to this size is read and dropped so the client sees the 413 (see below). */
    private static final long DRAINED_BODY_BYTES = 4L << 20;

    private final long maxBytes;
    private final QueryLog log;

    public QuerySizeFilter(long maxBytes) {
        this(maxBytes, new QueryLog(QueryLog.DEFAULT_MAX_CHARS));
    }

    public QuerySizeFilter(long maxBytes, QueryLog log) {
        this.maxBytes = maxBytes;
        this.log = log;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest http) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        String queryString = http.getQueryString();
        if (queryString != null && queryString.length() > maxBytes) {
            tooLarge(response);
            return;
        }
        long declared = http.getContentLengthLong();
        if (declared > maxBytes) {
            if (declared <= DRAINED_BODY_BYTES) {
                // Read the refused body before answering: a connection closed on unread bytes is reset,
                // and the client, still sending, then loses the 413 it was answered with.
                http.getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            tooLarge(response);
            return;
        }
        boolean post = "POST".equalsIgnoreCase(http.getMethod());
        if (post && (declared < 0 || isSparqlQueryBody(http))) {
            byte[] body = readAtMost(http.getInputStream(), maxBytes + 1);
            if (body.length > maxBytes) {
                tooLarge(response);
                return;
            }
            BufferedBody buffered = new BufferedBody(http, body);
            logQuery(buffered, body);
            chain.doFilter(buffered, res);
            return;
        }
        logQuery(http, null);
        chain.doFilter(req, res);
    }

    private static boolean isSparqlQueryBody(HttpServletRequest http) {
        String type = http.getContentType();
        return type != null && type.toLowerCase().startsWith(SPARQL_QUERY);
    }

    private void logQuery(HttpServletRequest http, byte[] body) {
        if (log.maxChars() == 0) {
            return;
        }
        String query = body != null && isSparqlQueryBody(http)
                ? new String(body, StandardCharsets.UTF_8)
                : http.getParameter("query");
        log.log(http.getMethod(), query);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println("The query is longer than this endpoint accepts (" + maxBytes + " bytes).");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while (out.size() < limit && (n = in.read(buf, 0, (int) Math.min(buf.length, limit - out.size()))) > 0) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * A request whose body was already read: serves it again as a stream, and for an HTML form
     * answers the parameters from it too (the container would look for them in the consumed stream).
     */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;
        private final Map<String, String[]> parameters;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            String type = request.getContentType();
            boolean form = type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded");
            this.parameters = form ? merge(request.getQueryString(), new String(body, StandardCharsets.UTF_8)) : null;
        }

        private static Map<String, String[]> merge(String... encodedForms) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (String encoded : encodedForms) {
                if (encoded == null || encoded.isEmpty()) {
                    continue;
                }
                for (String pair : encoded.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    values.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
                }
            }
            Map<String, String[]> result = new LinkedHashMap<>();
            values.forEach((k, v) -> result.put(k, v.toArray(String[]::new)));
            return Collections.unmodifiableMap(result);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getParameter(String name) {
            if (parameters == null) {
                return super.getParameter(name);
            }
            String[] v = parameters.get(name);
            return v == null ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters == null ? super.getParameterMap() : parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return parameters == null ? super.getParameterNames() : Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters == null ? super.getParameterValues(name) : parameters.get(name);
        }
    }
}
