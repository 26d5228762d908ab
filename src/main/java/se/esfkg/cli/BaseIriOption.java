package se.esfkg.cli;

import picocli.CommandLine.Option;
import se.esfkg.map.Esf;

/** The base IRI data resources are minted under (a picocli mixin): convert, load and validate. */
final class BaseIriOption {

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Esf.DEFAULT_BASE,
            description = "Base IRI of minted resources; load and validate need the one the data was converted with"
                    + " (default: ${DEFAULT-VALUE}).")
    String iri;
}
