package se.esfkg.web.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import se.esfkg.output.JsonProviderLookup;
import se.esfkg.output.RdfSyntax;
import se.esfkg.publish.PublicUrls;
import se.esfkg.publish.release.ChangeSet;
import se.esfkg.publish.release.Release;
import se.esfkg.web.SiteSettings;
import se.esfkg.web.conneg.ContentNegotiation;
import se.esfkg.web.conneg.Representation;
import se.esfkg.web.dump.PublishedFile;
import se.esfkg.web.dump.PublishedFiles;

/**
 * {@code /releases}: every release with its date, figures and change set, as a page for people
 * and as RDF (a {@code dcat:DatasetSeries} of the releases) for programs; {@code /releases/<n>}:
 * one release's files with their sizes and SHA-256.
 */
@Controller
class ReleasesController {

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final ContentNegotiation PAGE_OR_RDF = ContentNegotiation.standard();

    private final PublishedFiles files;
    private final PublicUrls urls;

    ReleasesController(PublishedFiles files, SiteSettings settings) {
        this.files = files;
        this.urls = new PublicUrls(settings.publicRoot().toString());
    }

    /** One row of the list: the release and its change-set files, if any. */
    public record Row(Release release, boolean live, boolean hasDumps) {
        public String issued() {
            return release.issued().truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", " UTC");
        }
    }

    @GetMapping("/releases")
    ModelAndView list(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        Representation chosen = PAGE_OR_RDF.choose(accept)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE));
        List<Release> all = files.all();
        int live = all.isEmpty() ? -1 : all.get(all.size() - 1).number();
        if (chosen.isHtml()) {
            List<Row> rows = new ArrayList<>();
            for (Release r : all) {
                rows.add(0, new Row(r, r.number() == live, r.hasFile(RdfSyntax.NQUADS.fileName())));
            }
            ModelAndView page = new ModelAndView("releases/list");
            page.addObject("rows", rows);
            page.addObject("changeSet", ChangeSet.RDF_PATCH);
            return page;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // JSON-LD goes through Titanium: no provider look-up per language-tagged title (JsonProviderLookup).
        JsonProviderLookup.withoutScan(() -> {
            RDFDataMgr.write(out, series(all), chosen.syntax().orElseThrow().jenaLang());
            return null;
        });
        byte[] body = out.toByteArray();
        View rdf = (model, request, response) -> {
            response.setContentType(chosen.contentType().toString());
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        };
        return new ModelAndView(rdf);
    }

    @GetMapping("/releases/{number:\\d+}")
    String release(@PathVariable int number, org.springframework.ui.Model page) {
        Optional<Release> release = files.release(number);
        if (release.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no release " + number);
        }
        List<PublishedFile> published = files.files(release.get());
        page.addAttribute("release", release.get());
        page.addAttribute("issued", new Row(release.get(), false, false).issued());
        page.addAttribute("files", published);
        return "releases/release";
    }

    private Model series(List<Release> all) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("prov", PROV);
        Resource series = m.createResource(urls.releases())
                .addProperty(RDF.type, m.createResource(DCAT + "DatasetSeries"))
                .addProperty(DCTerms.title, "esf-kg releases", "en")
                .addProperty(DCTerms.title, "esf-kg-versioner", "sv");
        for (Release r : all) {
            Resource release = m.createResource(urls.release(r.number()))
                    .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                    .addProperty(m.createProperty(DCAT, "inSeries"), series)
                    .addProperty(m.createProperty(DCAT, "version"), Integer.toString(r.number()))
                    .addProperty(DCTerms.issued, r.issued().truncatedTo(ChronoUnit.SECONDS).toString(),
                            XSDDatatype.XSDdateTime)
                    .addProperty(DCTerms.isVersionOf, m.createResource(urls.dataset()));
            r.previous().ifPresent(p -> release.addProperty(m.createProperty(PROV, "wasRevisionOf"),
                    m.createResource(urls.release(p))));
            for (PublishedFile f : files.files(r)) {
                release.addProperty(DCTerms.hasPart, m.createResource(urls.releaseFile(r.number(), f.name())));
            }
        }
        return m;
    }
}
