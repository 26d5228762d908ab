package se.esfkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.esfkg.map.Esf;
import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.DatasetValidation;
import se.esfkg.store.LoadReport;
import se.esfkg.store.QuadInput;
import se.esfkg.store.StoreException;
import se.esfkg.store.StoreLoader;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load converted N-Quads into a TDB2 database with a Swedish full-text index.",
            "Builds beside the live database and switches atomically; unchanged graphs are not reloaded."})
public class LoadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<out-folder-or-nq.gz>",
            description = "The converter's output folder (with esf-kg.nq.gz) or an .nq/.nq.gz file.")
    Path input;

    @Option(names = "--data", defaultValue = "data", description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--full", description = "Rebuild every graph from the input instead of patching a copy.")
    boolean full;

    @Option(names = "--shacl", description = "Also validate every page graph against the SHACL shapes before switching.")
    boolean shacl;

    @Option(names = "--base", defaultValue = Esf.DEFAULT_BASE, description = "Base IRI of the data (for --shacl).")
    String base;

    public LoadCommand() {
    }

    @Override
    public Integer call() {
        try {
            StoreLoader loader = new StoreLoader(data).forceFull(full);
            if (shacl) {
                Path file = QuadInput.of(input).file();
                DatasetValidation validation = Converter.builder().base(base).build().datasetValidation();
                loader.check((db, manifest) -> {
                    DatasetValidation.Result v = validation.validate(file);
                    if (!v.conforms()) {
                        throw new StoreException("SHACL: " + v.report());
                    }
                });
            }
            LoadReport r = loader.load(input);
            System.out.println(r.summary());
            if (!r.removed().isEmpty()) {
                System.out.println("removed: " + String.join(", ", r.removed()));
            }
            return 0;
        } catch (StoreException e) {
            System.err.println("load failed, the previous database (if any) is still live: " + e.getMessage());
            return 1;
        }
    }
}
