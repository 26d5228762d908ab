package se.esfkg.web;

import java.util.Optional;

/**
 * Maps published IRIs to this server's paths and back: {@code <root>X} is served at {@code /X}, so a
 * w3id.org redirect or a reverse proxy that forwards {@code <root>} to the server makes every IRI work.
 */
public record PublicIris(String root) {

    public PublicIris {
        if (!root.endsWith("/")) {
            throw new IllegalArgumentException("the public root must end in /: " + root);
        }
    }

    /** The IRI a server path names: {@code /id/project/x} → {@code <root>id/project/x}. */
    public String iriOf(String path) {
        return root + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The server path of a published IRI (fragment kept), or empty for an IRI published elsewhere. */
    public Optional<String> pathOf(String iri) {
        return iri.startsWith(root) && iri.length() > root.length()
                ? Optional.of("/" + iri.substring(root.length())) : Optional.empty();
    }
}
