package se.esfkg.web.site;

import java.time.Duration;

import org.apache.jena.query.QueryCancelledException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A page whose query ran out of time: the server is busy, not broken, so the visitor gets 503 with
 * {@code Retry-After} and a page in their language saying to try again, never a 500 with a stack.
 */
@ControllerAdvice(basePackages = {"se.esfkg.web.home", "se.esfkg.web.lists", "se.esfkg.web.search",
        "se.esfkg.web.pictures", "se.esfkg.web.query", "se.esfkg.web.ontology"})
class SiteBusy {

    /** Long enough for a burst to pass, short enough that a reader retrying by hand is not kept waiting. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    @ExceptionHandler(QueryCancelledException.class)
    ModelAndView queryTimedOut(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
        ModelAndView page = new ModelAndView("site/busy", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("retryAfter", RETRY_AFTER.toSeconds());
        return page;
    }
}
