package se.esfkg.web.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.esfkg.serve.Generation;
import se.esfkg.serve.LiveData;

/**
 * Conditional GET for the pages computed from the whole live database (lists, search, pictures): a
 * page changes only when a new generation goes live, so its validators are that generation, the
 * query string and the language; an unchanged page is answered 304 before any query runs.
 */
public final class GenerationValidators implements HandlerInterceptor {

    private final LiveData live;

    public GenerationValidators(LiveData live) {
        this.live = live;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        Generation generation = live.generation();
        Locale locale = RequestContextUtils.getLocale(request);
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        return !new ServletWebRequest(request, response).checkNotModified(
                tag(generation, locale, request.getQueryString()), generation.liveSince().toEpochMilli());
    }

    /** A strong tag: the page is byte-for-byte the same for the same generation, query and language. */
    static String tag(Generation generation, Locale locale, String query) {
        String parameters = query == null || query.isEmpty() ? "" : digest(query);
        return "\"" + generation.id() + "." + generation.liveSince().getEpochSecond() + "-" + locale.getLanguage()
                + (parameters.isEmpty() ? "" : "-q" + parameters) + "\"";
    }

    private static String digest(String query) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
