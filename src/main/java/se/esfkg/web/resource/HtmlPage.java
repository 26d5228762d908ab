package se.esfkg.web.resource;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page made for one kind of resource (the ontology's reference, a concept scheme's hierarchy),
 * used instead of the generic description when content negotiation picked HTML. Called inside the
 * description's read transaction; the controller adds {@code documentName} and {@code alternates}.
 */
public interface HtmlPage {

    /** The page for {@code iri}, or empty when this kind of page is not for it. */
    Optional<ModelAndView> render(DatasetGraph dataset, String iri, Locale locale);
}
