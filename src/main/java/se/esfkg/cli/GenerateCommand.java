package se.esfkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.esfkg.generate.CorpusGenerator;
import se.esfkg.generate.GeneratorData;

/** generate: a deterministic corpus of invented pages, for benchmarks and robustness tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write N invented project pages in the bank's four input layouts (deterministic per seed).",
            "About 0.5 % are malformed on purpose; they are listed at the end."})
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "N", description = "Number of projects.")
    int pages;

    @Option(names = {"-o", "--output"}, required = true, description = "Folder to write into.")
    Path output;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--mix", description = "Layout shares, e.g. A=35,B=25,C=25,EXPORT=15 (the default) or C.")
    String mix;

    @Option(names = "--malformed-per-mille", defaultValue = "5",
            description = "Pages in a thousand made malformed (default: ${DEFAULT-VALUE}).")
    int malformedPerMille;

    @Override
    public Integer call() {
        CorpusGenerator generator = new CorpusGenerator(GeneratorData.fromClasspath(),
                mix == null ? CorpusGenerator.Mix.standard() : CorpusGenerator.Mix.parse(mix), malformedPerMille);
        CorpusGenerator.Summary s = generator.generate(pages, seed, output);
        System.out.printf("%d projects in %d files (%,d bytes) in %s: %s%n", pages, s.files(), s.bytes(), output,
                s.projects());
        System.out.printf("%d malformed on purpose%s%n", s.malformed().size(),
                s.malformed().isEmpty() ? "" : ": " + String.join(", ", s.malformed()));
        return 0;
    }
}
