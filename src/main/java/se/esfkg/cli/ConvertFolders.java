package se.esfkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where convert reads pages and writes dumps (a picocli mixin): convert, and up, which runs convert. */
final class ConvertFolders {

    @Parameters(index = "0", defaultValue = "seeds", paramLabel = "INPUT",
            description = "A file or folder of project pages / CSV exports (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = {"-o", "--output"}, defaultValue = "out",
            description = "Output folder of the dumps (default: ${DEFAULT-VALUE}).")
    Path output;
}
