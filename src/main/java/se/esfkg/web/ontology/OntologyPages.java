package se.esfkg.web.ontology;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import se.esfkg.web.resource.HtmlPage;
import se.esfkg.web.site.SiteFormat;
import se.esfkg.web.site.SiteLinks;

/**
 * The HTML of {@code /ontology} (a reference of classes, properties and the shapes on each class)
 * and of each concept scheme under {@code /def/} (its concept tree), read from the live database.
 */
@Component
class OntologyPages implements HtmlPage {

    private final Shapes shapes = Shapes.fromClasspath();
    private final OntologyReference ontology = new OntologyReference();
    private final SchemeReference schemes = new SchemeReference();
    private final SiteLinks links;
    private final SiteFormat format;

    OntologyPages(SiteLinks links, SiteFormat format) {
        this.links = links;
        this.format = format;
    }

    @Override
    public Optional<ModelAndView> render(DatasetGraph dataset, String iri, Locale locale) {
        Model model = ModelFactory.createModelForGraph(dataset.getUnionGraph());
        String lang = locale.getLanguage();
        ModelAndView mav;
        if (Vocabulary.ONTOLOGY.equals(iri)) {
            mav = new ModelAndView("ontology/ontology");
            mav.addObject("reference", ontology.read(model, shapes, lang));
        } else if (SchemeReference.isScheme(model, iri)) {
            mav = new ModelAndView("ontology/scheme");
            mav.addObject("scheme", schemes.read(model, iri, lang));
        } else {
            return Optional.empty();
        }
        mav.addObject("siteLinks", links);
        mav.addObject("siteFormat", format);
        return Optional.of(mav);
    }
}
