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
import se.esfkg.map.Iris;
import se.esfkg.map.RdfMapper;
import se.esfkg.output.Dumps;
import se.esfkg.output.Output;
import se.esfkg.output.Prefixes;
import se.esfkg.output.RdfSyntax;
import se.esfkg.output.RioCheck;
import se.esfkg.parse.Layout;
import se.esfkg.parse.LayoutParser;
import se.esfkg.parse.Limits;
import se.esfkg.parse.Layouts;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.privacy.PersonalDataScan;
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
    private final Limits limits;
    private final Optional<PersonalDataScan> personalDataScan;

    public ConvertPipeline(Stages.Resolver resolver, Stages.Classifier classifier, Stages.Validator validator,
            RdfMapper mapper, StaticGraphs staticGraphs, List<Output> outputs) {
        this(resolver, classifier, validator, mapper, staticGraphs, outputs, Limits.DEFAULTS, Optional.empty());
    }

    /**
     * As above, every record held to {@code limits} before any stage after the reader sees it, and,
     * given a {@code personalDataScan}, every page's graph and every message redacted by it before
     * they are written.
     */
    public ConvertPipeline(Stages.Resolver resolver, Stages.Classifier classifier, Stages.Validator validator,
            RdfMapper mapper, StaticGraphs staticGraphs, List<Output> outputs, Limits limits,
            Optional<PersonalDataScan> personalDataScan) {
        this.limits = limits;
        this.personalDataScan = personalDataScan;
        this.resolver = resolver;
        this.classifier = classifier;
        this.validator = validator;
        this.mapper = mapper;
        this.staticGraphs = staticGraphs;
        this.outputs = List.copyOf(outputs);
    }

    /**
     * How a file is named in messages, provenance and its graph IRI: its path below the input folder
     * ({@code a/page.txt}), so that {@code a/page.txt} and {@code b/page.txt} stay two sources.
     */
    static String inputName(Path input, Path file) {
        Path relative = Files.isDirectory(input) ? input.relativize(file) : file.getFileName();
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }

    public ConvertSummary run(Path input, Path outDir, ProblemReporter log, ProgressListener progress) {
        long started = System.nanoTime();
        CollectingProblemReporter collected = new CollectingProblemReporter(log);
        // Messages quote values; none may carry a person's address or number to the log or the summary.
        ProblemReporter problems = personalDataScan.map(scan -> scan.redacting(collected)).orElse(collected);
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
                    run.file(file, inputName(input, file));
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
                Duration.ofNanos(System.nanoTime() - started), collected.problems());
    }

    /** Per-run state: duplicates are recognised by content hash and by project IRI. */
    private final class Run {
        private final ProblemReporter problems;
        private final Map<String, String> fileByHash = new HashMap<>();
        private final Map<String, String> fileByGraph = new HashMap<>();
        private final Map<String, ProjectSeen> projects = new HashMap<>();
        private final Map<String, Integer> recordsByFile = new HashMap<>();
        private Dumps dumps;
        private int converted;
        private int failed;
        private long triples;

        Run(ProblemReporter problems) {
            this.problems = problems;
        }

        void file(Path file, String name) {
            SourceDocument doc;
            try {
                doc = SourceReader.read(file, name, problems);
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

        void record(ProjectRecord read) {
            int count = recordsByFile.merge(read.source().file(), 1, Integer::sum);
            if (!limits.admitsRecord(count)) {
                if (count == limits.maxRecordsPerSource() + 1) {
                    problems.report(new Problem(Severity.ERROR, read.source().location(), "more than "
                            + limits.maxRecordsPerSource() + " records in one source: this one and every later one"
                            + " are not converted; split the source"));
                }
                failed++;
                return;
            }
            ResolvedAndMapped page;
            ProjectRecord record = read;
            try {
                record = limits.bound(read, problems);
                page = convert(record);
            } catch (PageRejectedException e) {
                reject(e);
                return;
            } catch (RuntimeException | StackOverflowError e) {
                unexpected(record.source().withField(""), e);
                return;
            }
            String file = record.source().file();
            String earlier = fileByGraph.putIfAbsent(page.graphName().getURI(), file);
            if (earlier != null && !earlier.equals(file)) {
                reject(new PageRejectedException(record.source().withField(""), "this page would share its graph <"
                        + page.graphName().getURI() + "> with " + earlier + "; rename one of the two files"));
                return;
            }
            Graph graph = personalDataScan.isEmpty() ? page.graph()
                    : personalDataScan.get().redact(page.graph(), record.source().location(), problems);
            try {
                dumps.write(page.graphName(), graph);
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
            Optional<String> number = Iris.projectNumber(record);
            if (seen == null) {
                projects.put(project, new ProjectSeen(record.source().file(), number.isPresent(),
                        new HashSet<>(Set.of(record.layout())), record));
                return;
            }
            boolean mergeable = seen.hasNumber() && number.isPresent() && !seen.layouts().contains(record.layout());
            if (!mergeable) {
                throw new PageRejectedException(record.source().location(),
                        "duplicate page: same project as " + seen.file() + " (" + project + ")");
            }
            if (clearlyDifferent(seen.first(), record)) {
                throw new PageRejectedException(record.source().location(), "number " + number.get() + " is also "
                        + seen.file() + "'s, but the two describe different projects (\"" + seen.first().title()
                        + "\" " + period(seen.first()) + ", \"" + record.title() + "\" " + period(record)
                        + "): not merged; correct the number in one of them");
            }
            seen.layouts().add(record.layout());
            problems.warning(record.source().location(), "same project as " + seen.file() + " ("
                    + (record.caseNumber().isPresent() ? "case number " : "number ") + number.get()
                    + "): merged, both sources kept in provenance");
        }
    }

    /**
     * Two records with one number are two projects only when nothing ties them: their titles share
     * no significant word and their periods do not overlap. Anything less (a retitled project, an
     * extended period) is the same project written twice.
     */
    static boolean clearlyDifferent(ProjectRecord a, ProjectRecord b) {
        Set<String> words = significantWords(a.title());
        words.retainAll(significantWords(b.title()));
        if (!words.isEmpty()) {
            return false;
        }
        if (a.startDate().isEmpty() || a.endDate().isEmpty() || b.startDate().isEmpty() || b.endDate().isEmpty()) {
            return false;
        }
        return a.endDate().get().isBefore(b.startDate().get()) || b.endDate().get().isBefore(a.startDate().get());
    }

    private static final Set<String> TITLE_STOP_WORDS = Set.of("projekt", "projektet", "inom", "samt", "till",
            "från", "med", "och", "för", "the", "and", "for", "with", "project");

    private static Set<String> significantWords(String title) {
        Set<String> words = new HashSet<>();
        for (String w : title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !TITLE_STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    private static String period(ProjectRecord r) {
        return r.startDate().map(Object::toString).orElse("?") + "–" + r.endDate().map(Object::toString).orElse("?");
    }

    /**
     * A violation at the record's line, its field the property path that failed
     * ({@code [page.txt:5, schema:startDate]}), its message the full SHACL result.
     */
    private static Problem located(ProjectRecord record, ValidationIssue v) {
        return new Problem(Severity.ERROR, record.source().withField(v.path() == null ? "" : v.path()),
                v.format(ShapeValidator.PREFIXES));
    }

    private record ProjectSeen(String file, boolean hasNumber, Set<Layout> layouts, ProjectRecord first) {
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
