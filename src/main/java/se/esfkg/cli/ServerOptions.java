package se.esfkg.cli;

import picocli.CommandLine.Option;

/**
 * Where and under which root the site is served (a picocli mixin): serve, and up, which hands them
 * on to serve. None has a default here: left out, the environment or application.yml decides.
 */
final class ServerOptions {

    @Option(names = "--port", description = "HTTP port (default: 3030; 0 = any free).")
    Integer port;

    @Option(names = "--address", description = "Listen address (default: 127.0.0.1; 0.0.0.0 = every interface).")
    String address;

    @Option(names = "--public-root", paramLabel = "IRI",
            description = "IRI under which everything is published: data IRIs are minted under <IRI>id/,"
                    + " and <IRI>X is served at /X (default: https://w3id.org/esf-kg/).")
    String publicRoot;
}
