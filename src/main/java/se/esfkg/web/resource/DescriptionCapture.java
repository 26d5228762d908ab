package se.esfkg.web.resource;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps what a resource description rendered, when the controller asked for it: the controller decides
 * the key (it alone knows the resource, the negotiated representation, the language and the page) and
 * marks the request; this filter holds the body back until the view has written it, then stores it in
 * {@link RenderedDescriptions} and sends it. Any view works this way (Thymeleaf pages, the RDF writers),
 * without the controller rendering by hand.
 */
@Component
final class DescriptionCapture extends OncePerRequestFilter {

    private static final String KEY = DescriptionCapture.class.getName() + ".key";
    private static final String PAGE_LINKS = DescriptionCapture.class.getName() + ".pageLinks";

    private final RenderedDescriptions descriptions;

    DescriptionCapture(RenderedDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    /** Asks that this request's rendered body be kept under {@code key}, with its page links. */
    static void keepAs(HttpServletRequest request, RenderedDescriptions.Key key, List<String> pageLinks) {
        request.setAttribute(KEY, key);
        request.setAttribute(PAGE_LINKS, List.copyOf(pageLinks));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!descriptions.enabled() || !"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/id/") || path.startsWith("/def/") || path.startsWith("/ontology"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
            if (request.getAttribute(KEY) instanceof RenderedDescriptions.Key key
                    && held.getStatus() == HttpStatus.OK.value() && held.getContentType() != null) {
                @SuppressWarnings("unchecked")
                List<String> pageLinks = (List<String>) request.getAttribute(PAGE_LINKS);
                descriptions.keep(key, new RenderedDescriptions.Rendered(held.getContentType(),
                        held.getContentAsByteArray(), pageLinks));
            }
        } finally {
            held.copyBodyToResponse();
        }
    }
}
