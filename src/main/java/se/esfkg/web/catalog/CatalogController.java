package se.esfkg.web.catalog;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import se.esfkg.output.JsonProviderLookup;
import se.esfkg.output.RdfSyntax;
import se.esfkg.publish.dcat.CatalogFiles;
import se.esfkg.publish.release.Release;
import se.esfkg.publish.stats.VoidDescription;
import se.esfkg.web.conneg.ContentNegotiation;
import se.esfkg.web.conneg.Representation;
import se.esfkg.web.dump.FileResponses;
import se.esfkg.web.dump.PublishedFile;
import se.esfkg.web.dump.PublishedFiles;

/**
 * The live release's DCAT catalog at {@code /catalog} and at {@code /datasets/dcat}, the path
 * Swedish public bodies expose for dataportal.se, negotiated between RDF/XML (the default: the
 * portal requires it), Turtle and JSON-LD; each syntax also at {@code /catalog.<suffix>}. The VoID
 * description at {@code /.well-known/void} (Turtle by default, as RFC 8615's VoID registration
 * suggests; RDF/XML and JSON-LD on request).
 */
@Controller
class CatalogController {

    /** The catalog's syntaxes in the order that breaks ties: RDF/XML first. */
    private static final ContentNegotiation CATALOG = new ContentNegotiation(
            CatalogFiles.SYNTAXES.stream().map(Representation::of).toList());
    private static final ContentNegotiation VOID = new ContentNegotiation(
            List.of(RdfSyntax.TURTLE, RdfSyntax.RDFXML, RdfSyntax.JSONLD).stream().map(Representation::of).toList());

    private final PublishedFiles files;

    CatalogController(PublishedFiles files) {
        this.files = files;
    }

    @GetMapping({"/catalog", "/datasets/dcat"})
    ResponseEntity<?> catalog(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request) {
        Optional<Release> live = files.live();
        if (live.isEmpty()) {
            return noRelease(files.releaseOwed());
        }
        Optional<Representation> chosen = CATALOG.choose(accept);
        if (chosen.isEmpty()) {
            return notAcceptable(CATALOG);
        }
        RdfSyntax syntax = chosen.get().syntax().orElseThrow();
        HttpHeaders extra = new HttpHeaders();
        extra.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        extra.add(HttpHeaders.CONTENT_LOCATION, "/catalog." + syntax.suffix());
        return files.file(live.get(), CatalogFiles.fileName(syntax))
                .<ResponseEntity<?>>map(f -> FileResponses.serve(f, request, FileResponses.live(), extra))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/catalog.{suffix}")
    ResponseEntity<?> catalogDocument(@PathVariable String suffix, HttpServletRequest request) {
        Optional<RdfSyntax> syntax = RdfSyntax.bySuffix(suffix).filter(CatalogFiles.SYNTAXES::contains);
        return files.live().flatMap(r -> syntax.flatMap(s -> files.file(r, CatalogFiles.fileName(s))))
                .<ResponseEntity<?>>map(f -> FileResponses.serve(f, request, FileResponses.live()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/.well-known/void")
    ResponseEntity<?> voidDescription(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request) throws IOException {
        Optional<Release> live = files.live();
        if (live.isEmpty()) {
            return noRelease(files.releaseOwed());
        }
        Optional<Representation> chosen = VOID.choose(accept);
        if (chosen.isEmpty()) {
            return notAcceptable(VOID);
        }
        Optional<PublishedFile> turtle = files.file(live.get(), VoidDescription.FILE);
        if (turtle.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        RdfSyntax syntax = chosen.get().syntax().orElseThrow();
        HttpHeaders extra = new HttpHeaders();
        extra.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (syntax == RdfSyntax.TURTLE) {
            return FileResponses.serve(turtle.get(), request, FileResponses.live(), extra);
        }
        // Small: the other syntaxes are written from the Turtle file on request.
        Model model = RDFDataMgr.loadModel(turtle.get().path().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // JSON-LD goes through Titanium: no provider look-up per language-tagged title (JsonProviderLookup).
        JsonProviderLookup.withoutScan(() -> {
            RDFDataMgr.write(out, model, syntax.jenaLang());
            return null;
        });
        return ResponseEntity.ok().headers(extra).contentType(chosen.get().contentType())
                .eTag("\"" + turtle.get().checksum().sha256() + "-" + syntax.suffix() + "\"")
                .lastModified(turtle.get().lastModified()).cacheControl(FileResponses.live())
                .body(out.toByteArray());
    }

    /**
     * No complete release: 503 with Retry-After while the first one is being made (the data is
     * already live, the catalog follows: a harvester should come back, not drop the dataset), else
     * 404 (nothing was ever loaded for publication).
     */
    static ResponseEntity<?> noRelease(boolean owed) {
        if (owed) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                    .contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                    .body("No release yet: the data is live and its first release is being prepared; retry later.\n");
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                .body("No release has been published yet: run `load` on a converted folder.\n");
    }

    static ResponseEntity<?> notAcceptable(ContentNegotiation offered) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                .body("Not acceptable. Available: application/rdf+xml, text/turtle, application/ld+json.\n");
    }
}
