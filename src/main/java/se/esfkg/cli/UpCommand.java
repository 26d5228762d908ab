package se.esfkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** up: the main job in one command — convert, load, serve. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Convert INPUT, load the result into the database and serve it: the site and SPARQL, on one port.",
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

    @Option(names = "--port", description = "HTTP port (default: 3030).")
    String port;

    @Option(names = "--address", description = "Listen address (default: 127.0.0.1).")
    String address;

    @Option(names = "--public-root", paramLabel = "IRI",
            description = "IRI under which everything is published; data IRIs are minted under <IRI>id/ (default: https://w3id.org/esf-kg/).")
    String publicRoot;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        List<String> convert = new ArrayList<>(List.of("convert", input, "-o", output));
        List<String> serve = new ArrayList<>(List.of("serve", "--data", data));
        if (publicRoot != null) {
            String rootIri = publicRoot.endsWith("/") ? publicRoot : publicRoot + "/";
            convert.addAll(List.of("--base", rootIri + "id/"));
            serve.addAll(List.of("--public-root", rootIri));
        }
        if (port != null) {
            serve.addAll(List.of("--port", port));
        }
        if (address != null) {
            serve.addAll(List.of("--address", address));
        }
        int converted = root.execute(convert.toArray(String[]::new));
        if (!Path.of(output, "esf-kg.nq.gz").toFile().isFile()) {
            return converted;
        }
        int loaded = root.execute("load", output, "--data", data);
        if (loaded != 0) {
            return loaded;
        }
        return root.execute(serve.toArray(String[]::new));
    }
}
