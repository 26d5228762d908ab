package se.esfkg.web.dump;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The dumps of the live release at {@code /dumps/<file>} and every file of a release at
 * {@code /releases/<n>/<file>} (catalog, VoID, change set, SHA256SUMS, and the dumps while kept).
 * Spring answers HEAD for these GET mappings with the same headers and no body.
 */
@Controller
class DumpController {

    private final PublishedFiles files;

    DumpController(PublishedFiles files) {
        this.files = files;
    }

    @GetMapping("/dumps/{file:.+}")
    ResponseEntity<?> live(@PathVariable String file, HttpServletRequest request) {
        return files.live().flatMap(r -> files.file(r, file))
                .<ResponseEntity<?>>map(f -> FileResponses.serve(f, request, FileResponses.live()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The folder the catalog names as every dump's access URL: the live release's page lists it. */
    @GetMapping({"/dumps", "/dumps/"})
    ResponseEntity<?> folder() {
        // Built from the request so that a proxy's X-Forwarded-* headers are honoured.
        return files.live().<ResponseEntity<?>>map(r -> ResponseEntity.status(303)
                        .location(ServletUriComponentsBuilder.fromCurrentContextPath()
                                .path("/releases/" + r.number()).build().toUri()).build())
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/releases/{number:\\d+}/{file:.+}")
    ResponseEntity<?> release(@PathVariable int number, @PathVariable String file, HttpServletRequest request) {
        return files.release(number).flatMap(r -> files.file(r, file))
                .<ResponseEntity<?>>map(f -> FileResponses.serve(f, request, FileResponses.immutable()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

}
