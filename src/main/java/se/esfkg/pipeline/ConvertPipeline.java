package se.esfkg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import se.esfkg.output.RdfSyntax;
import se.esfkg.output.DumpWriter;
import se.esfkg.output.Prefixes;
import se.esfkg.output.RioCheck;
import se.esfkg.map.RdfMapper;
import se.esfkg.parse.LayoutParser;
import se.esfkg.parse.Layouts;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.problem.PageRejectedException;
import se.esfkg.problem.Problem;
import se.esfkg.problem.ProblemReporter;
import se.esfkg.problem.Severity;
import se.esfkg.problem.SourceLocation;
import se.esfkg.source.SourceDocument;
import se.esfkg.source.SourceReader;
import se.esfkg.source.SourceScanner;

/**
 * convert: read every file under the input, turn each project record into its named graph, check
 * it against the shapes, and write all dumps. One bad page is reported and skipped; the others
 * convert. Output is written beside the target and moved in only when complete, so a failed run
 * never leaves half a dump where a good one stood.
 */
public final class ConvertPipeline {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConvertPipeline.class);

    private final Stages.Resolver resolver;
    private final Stages.Classifier classifier;
    private final Stages.Validator validator;
    private final RdfMapper mapper;
    private final StaticGraphs staticGraphs;

    public ConvertPipeline(Stages.Resolver resolver, Stages.Classifier classifier, Stages.Validator validator,
            RdfMapper mapper, StaticGraphs staticGraphs) {
        this.resolver = resolver;
        this.classifier = classifier;
        this.validator = validator;
        this.mapper = mapper;
        this.staticGraphs = staticGraphs;
    }

    public ConvertSummary run(Path input, Path outDir, ProblemReporter log, ProgressListener progress) {
        long started = System.nanoTime();
        CollectingProblemReporter problems = new CollectingProblemReporter(log);
        List<Path> files = SourceScanner.scan(input);
        Run run = new Run(problems);
        Path tmp = createTempBeside(outDir);
        try {
            try (DumpWriter dumps = new DumpWriter(tmp, Prefixes.standard())) {
                run.dumps = dumps;
                for (Map.Entry<Node, Graph> g : staticGraphs.graphs().entrySet()) {
                    dumps.write(g.getKey(), g.getValue());
                }
                progress.start(files.size());
                for (Path file : files) {
                    progress.step(file.getFileName().toString());
                    run.file(file);
                }
                run.triples = dumps.triples();
            } finally {
                progress.close();
            }
            checkWithRio(tmp, run.triples);
            moveInto(tmp, outDir);
        } finally {
            deleteQuietly(tmp);
        }
        // Every ERROR stands for one page or row left out (see ProblemReporter), so they are the failures.
        int failed = problems.ofSeverity(Severity.ERROR).size();
        return new ConvertSummary(files.size(), run.converted, failed, run.triples,
                Duration.ofNanos(System.nanoTime() - started), problems.problems());
    }

    /** Per-run state: duplicates are recognised by content hash and by project IRI. */
    private final class Run {
        private final CollectingProblemReporter problems;
        private final Map<String, String> fileByHash = new HashMap<>();
        private final Map<String, ProjectSeen> projects = new HashMap<>();
        private DumpWriter dumps;
        private int converted;
        private long triples;

        Run(CollectingProblemReporter problems) {
            this.problems = problems;
        }

        void file(Path file) {
            SourceDocument doc;
            try {
                doc = SourceReader.read(file, problems);
            } catch (PageRejectedException e) {
                problems.report(e.problem());
                return;
            }
            String earlier = fileByHash.putIfAbsent(doc.sha256(), doc.name());
            if (earlier != null) {
                problems.report(new Problem(Severity.ERROR, SourceLocation.ofFile(doc.name()),
                        "duplicate page: same content as " + earlier));
                return;
            }
            Optional<LayoutParser> parser = Layouts.detect(doc);
            if (parser.isEmpty()) {
                problems.report(new Problem(Severity.ERROR, SourceLocation.ofFile(doc.name()),
                        "no reader recognises this file (layouts " + String.join(", ",
                                Layouts.all().stream().map(LayoutParser::id).toList()) + ")"));
                return;
            }
            try {
                parser.get().parse(doc, r -> record(r, doc.sha256()), problems);
            } catch (PageRejectedException e) {
                problems.report(e.problem());
            } catch (OutputFailure e) {
                throw e.failure();
            } catch (RuntimeException | StackOverflowError e) {
                unexpected(SourceLocation.ofFile(doc.name()), e);
            }
        }

        /** A failed write (a full disk) is the run's failure, not the page's: it passes the page's net. */
        private static final class OutputFailure extends RuntimeException {
            OutputFailure(RuntimeException cause) {
                super(cause);
            }

            RuntimeException failure() {
                return (RuntimeException) getCause();
            }
        }

        /**
         * Whatever a page contains, it stops only that page: an exception no stage foresaw becomes
         * a located error (the stack trace goes to the debug log) and the run goes on.
         */
        private void unexpected(SourceLocation at, Throwable e) {
            LOG.debug("unexpected failure at {}", at, e);
            problems.report(new Problem(Severity.ERROR, at, "could not convert: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage().lines().findFirst().orElse("") + ")")));
        }

        void record(ProjectRecord record, String sha256) {
            ResolvedAndMapped page;
            try {
                page = convert(record, sha256);
            } catch (PageRejectedException e) {
                problems.report(e.problem());
                return;
            } catch (RuntimeException | StackOverflowError e) {
                unexpected(record.source().withField(""), e);
                return;
            }
            try {
                dumps.write(page.graphName(), page.graph());
            } catch (RuntimeException e) {
                throw new OutputFailure(e);
            }
            converted++;
        }

        private ResolvedAndMapped convert(ProjectRecord record, String sha256) {
            var resolved = resolver.resolve(record, problems);
            var classes = classifier.classify(resolved);
            DatasetGraph page = DatasetGraphFactory.create();
            mapper.map(resolved, classes, sha256, StreamRDFLib.dataset(page), problems);
            Node graphName = mapper.graphOf(record);
            Graph graph = page.getGraph(graphName);
            List<String> violations = validator.violations(staticGraphs.validationView(graph));
            if (!violations.isEmpty()) {
                throw new PageRejectedException(record.source().withField(""),
                        "the converted page violates the shapes (" + violations.size() + "):\n  "
                                + String.join("\n  ", violations) + "\n ");
            }
            // Only a page that will be written claims its project IRI.
            checkIdentity(record);
            return new ResolvedAndMapped(graphName, graph);
        }

        /**
         * Two records may describe one project only when they carry the same case number and come
         * from different kinds of source (a page and an export row); then they merge. Anything else
         * that lands on the same project IRI is a duplicate page.
         */
        private void checkIdentity(ProjectRecord record) {
            String project = mapper.iris().project(record).getURI();
            ProjectSeen seen = projects.get(project);
            if (seen == null) {
                projects.put(project, new ProjectSeen(record.source().file(), record.caseNumber().isPresent(),
                        new HashSet<>(Set.of(record.layout()))));
                return;
            }
            boolean mergeable = seen.hasCaseNumber() && record.caseNumber().isPresent()
                    && !seen.layouts().contains(record.layout());
            if (!mergeable) {
                throw new PageRejectedException(record.source(),
                        "duplicate page: same project as " + seen.file() + " (" + project + ")");
            }
            seen.layouts().add(record.layout());
            problems.warning(record.source(), "same project as " + seen.file() + " (case number "
                    + record.caseNumber().get() + "): merged, both sources kept in provenance");
        }
    }

    private record ProjectSeen(String file, boolean hasCaseNumber, Set<String> layouts) {
    }

    private record ResolvedAndMapped(Node graphName, Graph graph) {
    }

    /**
     * Every dump is re-read with RDF4J Rio, streaming; its statement count must match what was
     * written. JSON-LD, which Rio can only read whole, is re-read graph by graph as it is written.
     */
    private static void checkWithRio(Path dir, long expected) {
        for (RdfSyntax f : RdfSyntax.values()) {
            if (f == RdfSyntax.JSONLD) {
                continue;
            }
            long n = RioCheck.countStatements(dir.resolve(f.fileName()), f);
            if (n != expected) {
                throw new IllegalStateException("RDF4J Rio read " + n + " statements from " + f.fileName()
                        + ", " + expected + " were written");
            }
        }
    }

    private static Path createTempBeside(Path outDir) {
        try {
            Path parent = outDir.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "." + outDir.getFileName() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void moveInto(Path tmp, Path outDir) {
        try {
            Files.createDirectories(outDir);
            List<Path> written = new ArrayList<>();
            try (var s = Files.list(tmp)) {
                s.forEach(written::add);
            }
            for (Path f : written) {
                Files.move(f, outDir.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Nothing to clean up, or the temp folder is already gone.
        }
    }
}
