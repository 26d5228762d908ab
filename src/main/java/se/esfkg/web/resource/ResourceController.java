package se.esfkg.web.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UrlPathHelper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.esfkg.serve.Generation;
import se.esfkg.serve.LiveData;
import se.esfkg.web.PublicIris;
import se.esfkg.web.SiteSettings;
import se.esfkg.web.conneg.ContentNegotiation;
import se.esfkg.web.conneg.Representation;

/**
 * Every published IRI {@code <root>X} answers at {@code /X}: the resource's own address is negotiated on
 * {@code Accept} and answered directly (200, with {@code Content-Location} naming the document sent and
 * {@code Vary: Accept}); each document has its own address with a suffix ({@code X.ttl}, {@code X.html},
 * …) that always gives that representation. See docs/deploy.md for why 200 and not 303.
 */
@Controller
class ResourceController {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final LiveData live;
    private final PublicIris iris;
    private final DescriptionReader reader;
    private final ContentNegotiation negotiation = ContentNegotiation.standard();
    private final EvidenceReader evidence;
    private final ObjectProvider<HtmlPage> pages;
    private final RenderedDescriptions rendered;

    ResourceController(LiveData live, PublicIris iris, SiteSettings settings, ObjectProvider<HtmlPage> pages,
            RenderedDescriptions rendered) {
        this.live = live;
        this.rendered = rendered;
        this.iris = iris;
        this.reader = new DescriptionReader(settings.pageSize());
        this.evidence = new EvidenceReader(iris);
        this.pages = pages;
    }

    /** Which resource a path names, and the representation its suffix fixes (empty: negotiate). */
    private record Target(String iri, String documentName, Optional<Representation> fixed) {
    }

    @RequestMapping(path = {"/id/**", "/def/**", "/ontology", "/ontology.*"},
            method = {RequestMethod.GET, RequestMethod.HEAD})
    ModelAndView resource(HttpServletRequest request, HttpServletResponse response, WebRequest web, Locale locale,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = "page", defaultValue = "1") int page) {
        String path = PATHS.getPathWithinApplication(request);
        return live.read((dsg, generation) -> {
            Target target = find(dsg, path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "nothing is published as " + iris.iriOf(path)));
            Representation chosen = target.fixed().or(() -> negotiation.choose(accept))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE,
                            "available: " + Representation.all().stream().map(r -> r.mediaTypes().get(0).toString()).toList()));
            List<String> vary = new ArrayList<>();
            if (target.fixed().isEmpty()) {
                vary.add(HttpHeaders.ACCEPT);
                response.setHeader(HttpHeaders.CONTENT_LOCATION, target.documentName() + "." + chosen.suffix());
            }
            if (chosen.isHtml()) {
                vary.add(HttpHeaders.ACCEPT_LANGUAGE);
                vary.add(HttpHeaders.COOKIE);
            }
            if (!vary.isEmpty()) {
                response.setHeader(HttpHeaders.VARY, String.join(", ", vary));
            }
            for (Representation r : Representation.all()) {
                response.addHeader(HttpHeaders.LINK, "<" + target.documentName() + "." + r.suffix()
                        + ">; rel=\"alternate\"; type=\"" + r.mediaTypes().get(0) + "\"");
            }
            if (web.checkNotModified(etag(generation, chosen, locale, page), generation.liveSince().toEpochMilli())) {
                return null;
            }
            if (rendered.enabled() && HttpMethod.GET.matches(request.getMethod())) {
                Optional<RenderedDescriptions.Rendered> kept =
                        rendered.find(key(generation, request, target, chosen, locale, page));
                if (kept.isPresent()) {
                    response.setHeader(RenderedDescriptions.HEADER, "hit");
                    send(response, kept.get());
                    return null;
                }
                response.setHeader(RenderedDescriptions.HEADER, "miss");
            }
            Description d = reader.read(dsg, target.iri(), page).orElseThrow();
            if (page > d.pageCount()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "there are " + d.pageCount() + " pages");
            }
            List<String> pageLinks = pageLinks(d);
            pageLinks.forEach(link -> response.addHeader(HttpHeaders.LINK, link));
            if (rendered.enabled() && HttpMethod.GET.matches(request.getMethod())) {
                DescriptionCapture.keepAs(request, key(generation, request, target, chosen, locale, page), pageLinks);
            }
            return chosen.isHtml() ? html(dsg, d, locale, target) : rdf(d, chosen);
        });
    }

    private static void send(HttpServletResponse response, RenderedDescriptions.Rendered kept) {
        kept.pageLinks().forEach(link -> response.addHeader(HttpHeaders.LINK, link));
        response.setContentType(kept.contentType());
        response.setContentLength(kept.body().length);
        try {
            response.getOutputStream().write(kept.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Target> find(DatasetGraph dsg, String path) {
        String iri = iris.iriOf(path);
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (exists(dsg, iri)) {
            return Optional.of(new Target(iri, name, Optional.empty()));
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Optional<Representation> suffix = Representation.bySuffix(name.substring(dot + 1));
            String bare = iri.substring(0, iri.length() - (name.length() - dot));
            if (suffix.isPresent() && exists(dsg, bare)) {
                return Optional.of(new Target(bare, name.substring(0, dot), suffix));
            }
        }
        return Optional.empty();
    }

    private static boolean exists(DatasetGraph dsg, String iri) {
        return dsg.find(Node.ANY, NodeFactory.createURI(iri), Node.ANY, Node.ANY).hasNext();
    }

    /** One tag per generation, representation, page and (for pages) language. */
    private static String etag(Generation g, Representation r, Locale locale, int page) {
        return "\"" + g.id() + "." + g.liveSince().getEpochSecond() + "-" + r.suffix()
                + (r.isHtml() ? "-" + locale.getLanguage() : "") + "-p" + page + "\"";
    }

    /** The {@code Link} header values to the neighbouring pages of a paged description. */
    private static List<String> pageLinks(Description d) {
        List<String> links = new ArrayList<>(2);
        if (d.page() > 1) {
            links.add("<?page=" + (d.page() - 1) + ">; rel=\"prev\"");
        }
        if (d.hasNextPage()) {
            links.add("<?page=" + (d.page() + 1) + ">; rel=\"next\"");
        }
        return links;
    }

    private static RenderedDescriptions.Key key(Generation g, HttpServletRequest request, Target target,
            Representation chosen, Locale locale, int page) {
        return RenderedDescriptions.Key.of(g, request, target.iri(), chosen.suffix(),
                chosen.isHtml() ? locale.getLanguage() : "", page);
    }

    private ModelAndView rdf(Description d, Representation chosen) {
        ModelAndView mav = new ModelAndView(new RdfView(chosen));
        mav.addObject(RdfView.DATASET, d.toDataset());
        return mav;
    }

    private ModelAndView html(DatasetGraph dsg, Description d, Locale locale, Target target) {
        ModelAndView mav = pages.orderedStream().map(p -> p.render(dsg, target.iri(), locale))
                .flatMap(Optional::stream).findFirst().orElse(null);
        if (mav == null) {
            mav = new ModelAndView("resource/resource");
            mav.addObject("resource", ResourcePage.of(dsg, d, locale, iris, new ValueFormatter(locale)));
            mav.addObject("evidence", evidence.read(dsg, d.subject(), locale));
            mav.addObject("schemaOrg", SchemaOrg.of(d, locale));
        }
        mav.addObject("documentName", target.documentName());
        mav.addObject("alternates", Representation.rdf());
        return mav;
    }
}
