package se.esfkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.esfkg.output.RdfSyntax;
import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.DatasetValidation;

/** validate: SHACL-checks converted output or any RDF file against ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check converted output (a folder) or RDF files against the esf-kg shapes.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "RDF files (any syntax Jena reads, .gz allowed) or convert output folders.")
    List<Path> paths;

    @Mixin
    BaseIriOption base;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            files.add(Files.isDirectory(p) ? p.resolve(RdfSyntax.NQUADS.fileName()) : p);
        }
        DatasetValidation validation = Converter.builder().base(base.iri).build().datasetValidation();
        int failures = 0;
        for (Path f : files) {
            DatasetValidation.Result r = validation.validate(f);
            out.println(r.report());
            if (!r.conforms()) {
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
