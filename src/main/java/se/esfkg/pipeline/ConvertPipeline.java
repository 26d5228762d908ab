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
import se.esfkg.map.RdfMapper;
import se.esfkg.output.Dumps;
import se.esfkg.output.Output;
import se.esfkg.output.Prefixes;
import se.esfkg.output.RdfSyntax;
import se.esfkg.output.RioCheck;
import se.esfkg.parse.Layout;
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
import se.esfkg.validate.ShapeValidator;
import se.esfkg.validate.ValidationIssue;

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
    private final List<Output> outputs;

    public ConvertPipeline(Stages.Resolver resolver, Stages.Classifier classifier, Stages.Validator validator,
            RdfMapper mapper, StaticGraphs staticGraphs, List<Output> outputs) {
        this.resolver = resolver;
        this.classifier = classifier;
        this.validator = validator;
        this.mapper = mapper;
        this.staticGraphs = staticGraphs;
        this.outputs = List.copyOf(outputs);
    }

    public ConvertSummary run(Path input, Path outDir, ProblemReporter log, ProgressListener progress) {
        long started = System.nanoTime();
        CollectingProblemReporter problems = new CollectingProblemReporter(log);
        List<Path> files = SourceScanner.scan(input);
        Run run = new Run(problems);
        Path tmp = createTempBeside(outDir);
        try {
            try (Dumps dumps = Dumps.open(tmp, outputs, Prefixes.standard())) {
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
            checkWithRio(tmp, outputs, run.triples);
            moveInto(tmp, outDir);
        } finally {
            deleteQuietly(tmp);
        }
        return new ConvertSummary(files.size(), run.converted, run.failed, run.triples,
                Duration.ofNanos(System.nanoTime() - started), problems.problems());
    }

    /** Per-run state: duplicates are recognised by content hash and by project IRI. */
    private final class Run {
        private final CollectingProblemReporter problems;
        private final Map<String, String> fileByHash = new HashMap<>();
        private final Map<String, ProjectSeen> projects = new HashMap<>();
        private Dumps dumps;
        private int converted;
        private int failed;
        private long triples;

        Run(CollectingProblemReporter problems) {
            this.problems = problems;
        }

        void file(Path file) {
            SourceDocument doc;
            try {
                doc = SourceReader.read(file, problems);
            } catch (PageRejectedException e) {
                reject(e);
                return;
            }
            String earlier = fileByHash.putIfAbsent(doc.sha256(), doc.name());
            if (earlier != null) {
                reject(new PageRejectedException(SourceLocation.ofFile(doc.name()),
                        "duplicate page: same content as " + earlier));
                return;
            }
            Optional<LayoutParser> parser = Layouts.detect(doc);
            if (parser.isEmpty()) {
                reject(new PageRejectedException(SourceLocation.ofFile(doc.name()),
                        "no reader recognises this file (layouts " + String.join(", ",
                                Layouts.all().stream().map(p -> p.layout().id()).toList()) + ")"));
                return;
            }
            // A reader reports each row it leaves out as one ERROR and goes on (see ProblemReporter).
            ProblemReporter rows = p -> {
                problems.report(p);
                if (p.severity() == Severity.ERROR) {
                    failed++;
                }
            };
            try {
                parser.get().parse(doc, this::record, rows);
            } catch (PageRejectedException e) {
                reject(e);
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
            failed++;
        }

        void record(ProjectRecord record) {
            ResolvedAndMapped page;
            try {
                page = convert(record);
            } catch (PageRejectedException e) {
                reject(e);
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

        /** One page or row left out, with every located reason given. */
        private void reject(PageRejectedException e) {
            e.problems().forEach(problems::report);
            failed++;
        }

        private ResolvedAndMapped convert(ProjectRecord record) {
            var resolved = resolver.resolve(record, problems);
            var classes = classifier.classify(resolved);
            DatasetGraph page = DatasetGraphFactory.create();
            mapper.map(resolved, classes, StreamRDFLib.dataset(page), problems);
            Node graphName = mapper.graphOf(record);
            Graph graph = page.getGraph(graphName);
            List<ValidationIssue> violations = validator.violations(staticGraphs.validationView(graph));
            if (!violations.isEmpty()) {
                throw new PageRejectedException(record.source().withField(""),
                        "the converted page violates the shapes (" + violations.size() + ")",
                        violations.stream().map(v -> located(record, v)).toList());
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
                throw new PageRejectedException(record.source().location(),
                        "duplicate page: same project as " + seen.file() + " (" + project + ")");
            }
            seen.layouts().add(record.layout());
            problems.warning(record.source().location(), "same project as " + seen.file() + " (case number "
                    + record.caseNumber().get() + "): merged, both sources kept in provenance");
        }
    }

    /**
     * A violation at the record's line, its field the property path that failed
     * ({@code [page.txt:5, schema:startDate]}), its message the full SHACL result.
     */
    private static Problem located(ProjectRecord record, ValidationIssue v) {
        return new Problem(Severity.ERROR, record.source().withField(v.path() == null ? "" : v.path()),
                v.format(ShapeValidator.PREFIXES));
    }

    private record ProjectSeen(String file, boolean hasCaseNumber, Set<Layout> layouts) {
    }

    private record ResolvedAndMapped(Node graphName, Graph graph) {
    }

    /**
     * Every dump is re-read with RDF4J Rio, streaming; its statement count must match what was
     * written. JSON-LD, which Rio can only read whole, is re-read graph by graph as it is written.
     */
    private static void checkWithRio(Path dir, List<Output> outputs, long expected) {
        for (Output o : outputs) {
            RdfSyntax f = o.syntax();
            if (!o.isDumpOf(f) || !f.rioStreams()) {
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
