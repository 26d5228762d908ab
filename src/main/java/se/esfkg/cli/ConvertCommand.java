package se.esfkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.esfkg.output.RdfSyntax;
import se.esfkg.pipeline.ConvertSummary;
import se.esfkg.pipeline.Converter;
import se.esfkg.publish.PublishedFolder;

/** convert: source pages (any layout, mixed) to the six RDF dumps, validated. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert project pages and exports under INPUT into RDF dumps in OUTPUT.")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConvertFolders folders;

    @Mixin
    BaseIriOption base;

    @Option(names = "--include-personal-data",
            description = "Also publish contact names, e-mail addresses and phone numbers (off by default).")
    boolean includePersonalData;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "An extra organisation alias file (same columns as resolve/organisations.csv).")
    Path aliases;

    @Option(names = "--formats", split = ",", paramLabel = "LIST", converter = SyntaxConverter.class,
            description = "Dump syntaxes to write, by name or suffix, comma-separated: ${COMPLETION-CANDIDATES}"
                    + " (default: all).", completionCandidates = SyntaxNames.class)
    List<RdfSyntax> formats = List.of(RdfSyntax.values());

    @Option(names = "--threads", paramLabel = "N",
            description = "Workers converting pages (default: one per core). The dumps are the same for any N.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Mixin
    PublishOptions publish;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Converter converter = Converter.builder().base(base.iri).includePersonalData(includePersonalData)
                .aliases(aliases).syntaxes(formats).threads(threads)
                .catalogContact(publish.settings().contact()).build();
        ConvertSummary summary;
        Path input = folders.input;
        Path output = folders.output;
        try (var progress = noProgress ? se.esfkg.pipeline.ProgressListener.NONE : new ProgressBarListener()) {
            summary = converter.convert(input, output, p -> err.println(p), progress);
        }
        out.println(summary.line());
        boolean everySyntax = java.util.EnumSet.copyOf(formats).size() == RdfSyntax.values().length;
        // The catalog describes every registered dump, so a partial --formats run publishes none.
        if (everySyntax && java.nio.file.Files.isRegularFile(output.resolve(RdfSyntax.NQUADS.fileName()))) {
            // The folder alone can then be put on any static web server: catalog, VoID and checksums beside the dumps.
            var published = PublishedFolder.write(output, publish.settings(), base.iri,
                    PublishedFolder.Stamp.at(java.time.Instant.now()));
            out.println("catalog, void.ttl and SHA256SUMS written: " + published.statistics().triples()
                    + " distinct triples, " + published.statistics().projects() + " projects");
        }
        out.println("wrote " + output.toAbsolutePath().normalize());
        if (summary.failed() > 0) {
            err.println(summary.failed() + " page(s) or row(s) failed; see the messages above.");
            return 1;
        }
        return 0;
    }

    static final class SyntaxConverter implements ITypeConverter<RdfSyntax> {
        @Override
        public RdfSyntax convert(String name) {
            return RdfSyntax.byName(name.trim()).orElseThrow(() -> new TypeConversionException(
                    "unknown syntax '" + name + "'; known: " + String.join(", ", new SyntaxNames())));
        }
    }

    static final class SyntaxNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(RdfSyntax.values()).map(RdfSyntax::id).iterator();
        }
    }
}
