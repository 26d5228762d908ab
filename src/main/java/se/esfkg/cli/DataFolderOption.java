package se.esfkg.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The database folder (a picocli mixin): load, serve and up. It has no picocli default, so that
 * serve can tell an option left out (then ESF_DATA or application.yml decide) from one given.
 */
final class DataFolderOption {

    static final Path DEFAULT = Path.of("data");

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: data).")
    Path data;

    Optional<Path> given() {
        return Optional.ofNullable(data);
    }

    Path orDefault() {
        return given().orElse(DEFAULT);
    }
}
