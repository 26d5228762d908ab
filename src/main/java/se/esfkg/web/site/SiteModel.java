package se.esfkg.web.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Hands the link and format helpers to the browsing pages' templates as model values
 * ({@code ${siteLinks.href(iri)}}): Thymeleaf 3.1 refuses {@code @bean} calls inside link attributes.
 */
@ControllerAdvice(basePackages = {"se.esfkg.web.home", "se.esfkg.web.lists", "se.esfkg.web.search",
        "se.esfkg.web.pictures", "se.esfkg.web.query", "se.esfkg.web.ontology"})
class SiteModel {

    private final SiteLinks links;
    private final SiteFormat format;

    SiteModel(SiteLinks links, SiteFormat format) {
        this.links = links;
        this.format = format;
    }

    @ModelAttribute("siteLinks")
    SiteLinks siteLinks() {
        return links;
    }

    @ModelAttribute("siteFormat")
    SiteFormat siteFormat() {
        return format;
    }
}
