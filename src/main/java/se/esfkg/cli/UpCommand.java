package se.esfkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** up: the main job in one command — convert, load, serve. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Convert INPUT, load the result into the database and serve it: the site and SPARQL, on one port.",
            "Pages that fail to convert are reported; the others are loaded and served."})
final class UpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConvertFolders folders;

    @Mixin
    DataFolderOption data;

    @Mixin
    ServerOptions server;

    @CommandLine.Option(names = "--formats", paramLabel = "LIST",
            description = "Dump syntaxes to write, as for convert (default: all). A partial list publishes no catalog.")
    String formats;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String output = folders.output.toString();
        String dataFolder = data.orDefault().toString();
        List<String> convert = new ArrayList<>(List.of("convert", folders.input.toString(), "-o", output));
        List<String> serve = new ArrayList<>(List.of("serve", "--data", dataFolder));
        if (server.publicRoot != null) {
            String rootIri = server.publicRoot.endsWith("/") ? server.publicRoot : server.publicRoot + "/";
            convert.addAll(List.of("--base", rootIri + "id/"));
            serve.addAll(List.of("--public-root", rootIri));
        }
        if (formats != null) {
            convert.addAll(List.of("--formats", formats));
        }
        if (server.port != null) {
            serve.addAll(List.of("--port", server.port.toString()));
        }
        if (server.address != null) {
            serve.addAll(List.of("--address", server.address));
        }
        int converted = root.execute(convert.toArray(String[]::new));
        if (!Path.of(output, "esf-kg.nq.gz").toFile().isFile()) {
            return converted;
        }
        // The data answers as soon as it is live; the release (catalog, VoID, dumps) follows in the
        // background of the server, which the owed marker tells what to publish.
        List<String> load = new ArrayList<>(List.of("load", output, "--data", dataFolder, "--release-later"));
        if (server.publicRoot != null) {
            String rootIri = server.publicRoot.endsWith("/") ? server.publicRoot : server.publicRoot + "/";
            load.addAll(List.of("--base", rootIri + "id/", "--public-root", rootIri));
        }
        int loaded = root.execute(load.toArray(String[]::new));
        if (loaded != 0) {
            return loaded;
        }
        return root.execute(serve.toArray(String[]::new));
    }
}
