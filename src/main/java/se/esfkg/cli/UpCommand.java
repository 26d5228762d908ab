package se.esfkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** up: the main job in one command — convert, load, serve. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Convert INPUT, load the result into the database and serve it over SPARQL.",
            "Pages that fail to convert are reported; the others are loaded and served."})
final class UpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", defaultValue = "seeds", paramLabel = "INPUT",
            description = "Project pages / CSV exports (default: ${DEFAULT-VALUE}).")
    String input;

    @Option(names = {"-o", "--output"}, defaultValue = "out", description = "Dump folder (default: ${DEFAULT-VALUE}).")
    String output;

    @Option(names = "--data", defaultValue = "data", description = "Data folder (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    String port;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        int converted = root.execute("convert", input, "-o", output);
        if (!Path.of(output, "esf-kg.nq.gz").toFile().isFile()) {
            return converted;
        }
        int loaded = root.execute("load", output, "--data", data);
        if (loaded != 0) {
            return loaded;
        }
        return root.execute("serve", "--data", data, "--port", port);
    }
}
