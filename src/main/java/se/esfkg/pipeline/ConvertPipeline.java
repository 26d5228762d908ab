package se.esfkg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import se.esfkg.derive.CorpusStatistics;
import se.esfkg.derive.PageFacts;
import se.esfkg.map.Esf;
import se.esfkg.map.Iris;
import se.esfkg.map.RdfMapper;
import se.esfkg.output.Dumps;
import se.esfkg.output.Output;
import se.esfkg.output.Prefixes;
import se.esfkg.output.RdfSyntax;
import se.esfkg.output.RioCheck;
import se.esfkg.output.SortedPage;
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
import se.esfkg.validate.OffendingParts;
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
    private final int threads;
    private final Limits limits;
    private final Optional<PersonalDataScan> personalDataScan;
    private final boolean linesChecked;
    /** How a page's lines are re-read, when they are: the static graphs' terms are read once, whole. */
    private final RioCheck.Terms pageTerms;
    private final Optional<CorpusStatistics> statistics;

    public ConvertPipeline(Stages.Resolver resolver, Stages.Classifier classifier, Stages.Validator validator,
            RdfMapper mapper, StaticGraphs staticGraphs, List<Output> outputs, int threads) {
        this(resolver, classifier, validator, mapper, staticGraphs, outputs, threads, Limits.DEFAULTS, Optional.empty(),
                Optional.empty());
    }

    /**
     * As above, every record held to {@code limits} before any stage after the reader sees it, and,
     * given a {@code personalDataScan}, every page's graph and every message redacted by it before
     * they are written or logged; given {@code statistics}, its graph written after the pages.
     */
    public ConvertPipeline(Stages.Resolver resolver, Stages.Classifier classifier, Stages.Validator validator,
            RdfMapper mapper, StaticGraphs staticGraphs, List<Output> outputs, int threads, Limits limits,
            Optional<PersonalDataScan> personalDataScan, Optional<CorpusStatistics> statistics) {
        this.statistics = statistics;
        this.limits = limits;
        this.personalDataScan = personalDataScan;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.resolver = resolver;
        this.classifier = classifier;
        this.validator = validator;
        this.mapper = mapper;
        this.staticGraphs = staticGraphs;
        this.outputs = List.copyOf(outputs);
        this.linesChecked = this.outputs.stream()
                .anyMatch(o -> o.syntax().isPresent() && o.isDumpOf(o.syntax().get()) && o.syntax().get().lineBased());
        this.pageTerms = linesChecked ? RioCheck.Terms.provenBy(staticGraphs.graphs().values(), mapper.iris().base()) : null;
    }

    /** The nodes a page's own triples name: the focus nodes its validation checks. */
    static Predicate<Node> namedIn(Graph page) {
        return n -> page.contains(n, Node.ANY, Node.ANY) || page.contains(Node.ANY, Node.ANY, n);
    }

    /**
     * The fixed graphs' own resources, validated once, whole: a page checks only the nodes it names
     * ({@link #namedIn}). They are the knowledge base's and the reference data's, so a violation
     * here is a fault of esf-kg, not of any page, and stops the run.
     */
    private void checkFixedGraphs() {
        List<ValidationIssue> found = validator.violations(staticGraphs.whole(), node -> true);
        if (!found.isEmpty()) {
            throw new IllegalStateException("the ontology, concept schemes or reference data violate the shapes:\n"
                    + ShapeValidator.report(found));
        }
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
        // Every problem also goes to the outputs, for the quality report.
        java.util.concurrent.atomic.AtomicReference<Dumps> open = new java.util.concurrent.atomic.AtomicReference<>();
        CollectingProblemReporter collected = new CollectingProblemReporter(p -> {
            log.report(p);
            Dumps d = open.get();
            if (d != null) {
                d.problem(p);
            }
        });
        // Messages quote values; none may carry a person's address or number to the log, report or summary.
        ProblemReporter problems = personalDataScan.map(scan -> scan.redacting(collected)).orElse(collected);
        List<Path> files = SourceScanner.scan(input);
        Path tmp = createTempBeside(outDir);
        try (Run run = new Run(problems, input, files)) {
            try (Dumps dumps = Dumps.open(tmp, outputs, Prefixes.standard())) {
                run.dumps = dumps;
                open.set(dumps);
                for (Map.Entry<Node, Graph> g : staticGraphs.graphs().entrySet()) {
                    // Re-read line by line: the pages' check takes these graphs' terms as read.
                    SortedPage page = SortedPage.of(g.getKey(), g.getValue());
                    if (linesChecked) {
                        RioCheck.check(page);
                    }
                    dumps.write(page);
                }
                checkFixedGraphs();
                progress.start(files.size());
                try {
                    for (int i = 0; i < files.size(); i++) {
                        progress.step(files.get(i).getFileName().toString());
                        run.file(i);
                    }
                    run.finish();
                    // After every page: the statistics are over what was written.
                    statistics.ifPresent(s -> run.writeStatistics());
                } catch (Run.OutputFailure e) {
                    throw e.failure();
                }
                run.triples = dumps.triples();
            } finally {
                progress.close();
            }
            checkWithRio(tmp, outputs, run.triples);
            moveInto(tmp, outDir);
            return new ConvertSummary(files.size(), run.converted, run.failed, run.triples,
                    Duration.ofNanos(System.nanoTime() - started), collected.problems());
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Per-run state. Records are converted on {@code threads} workers, but everything a reader of
     * the output can see happens on the calling thread in input order: problems are reported, the
     * identity checks run and graphs are written as the head of an ordered queue completes. The dumps
     * are therefore byte-identical whatever the number of threads, and at most a bounded window of
     * pages is held in memory. What the identity checks remember of every page is a fingerprint and
     * the index of its file ({@link FingerprintTable}, {@link ProjectsSeen}), not its strings.
     */
    private final class Run implements AutoCloseable {
        private final ProblemReporter problems;
        private final Path input;
        private final List<Path> files;
        /** The file being read, and how many records it has given: a file's records come one after another. */
        private int reading = -1;
        private int recordsOfFile;
        private final FingerprintTable fileByContent = new FingerprintTable();
        private final FingerprintTable fileByGraph = new FingerprintTable();
        private final ProjectsSeen projects = new ProjectsSeen();
        private final ExecutorService workers;
        private final int window;
        private final ArrayDeque<Step> queue = new ArrayDeque<>();
        private int inFlight;
        /** Reports in input order: behind every record still being converted. */
        private final ProblemReporter ordered;
        private Dumps dumps;
        private int converted;
        private int failed;
        private long triples;
        private final CorpusStatistics.Tally tally = statistics.map(CorpusStatistics::tally).orElse(null);

        Run(ProblemReporter problems, Path input, List<Path> files) {
            this.problems = problems;
            this.input = input;
            this.files = files;
            this.ordered = p -> then(() -> problems.report(p));
            this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "esf-convert");
                t.setDaemon(true);
                return t;
            });
            this.window = 4 * threads;
        }

        /** One thing to do in input order: after {@code work} completes, when it has any. */
        private record Step(Future<PageOutcome> work, Consumer<PageOutcome> then) {
        }

        private void then(Runnable action) {
            queue.add(new Step(null, o -> action.run()));
            drain(false);
        }

        /** How messages and provenance name the {@code index}th input file. */
        private String name(int index) {
            return inputName(input, files.get(index));
        }

        private void submit(ProjectRecord read) {
            int file = reading;
            int count = ++recordsOfFile;
            if (!limits.admitsRecord(count)) {
                boolean first = count == limits.maxRecordsPerSource() + 1;
                then(() -> {
                    if (first) {
                        problems.report(new Problem(Severity.ERROR, read.source().location(), "more than "
                                + limits.maxRecordsPerSource() + " records in one source: this one and every later"
                                + " one are not converted; split the source"));
                    }
                    failed++;
                });
                return;
            }
            ProjectRecord record = limits.bound(read, ordered);
            Callable<PageOutcome> task = () -> convertInIsolation(record);
            Future<PageOutcome> work;
            if (workers == null) {
                FutureTask<PageOutcome> now = new FutureTask<>(task);
                now.run();
                work = now;
            } else {
                work = workers.submit(task);
            }
            inFlight++;
            queue.add(new Step(work, outcome -> written(outcome, file)));
            drain(false);
        }

        /** Runs the steps at the head that are ready; with {@code all}, waits for every step. */
        private void drain(boolean all) {
            while (!queue.isEmpty()) {
                Step head = queue.peek();
                boolean ready = head.work() == null || head.work().isDone();
                if (!ready && !all && inFlight <= window) {
                    return;
                }
                queue.poll();
                PageOutcome outcome = null;
                if (head.work() != null) {
                    inFlight--;
                    outcome = await(head.work());
                }
                head.then().accept(outcome);
            }
        }

        void finish() {
            drain(true);
        }

        /**
         * The statistics graphs, after the last page: each is sorted, formatted and prepared (JSON-LD's
         * compaction above all) on the workers, which are idle by then, and written in the order the
         * tally hands them on, at most one per worker in memory.
         */
        void writeStatistics() {
            if (workers == null) {
                tally.write((name, g) -> dumps.write(checkedLines(SortedPage.of(name, g))));
                return;
            }
            ArrayDeque<Future<Dumps.Prepared>> prepared = new ArrayDeque<>();
            tally.write((name, g) -> {
                prepared.add(workers.submit(() -> dumps.prepare(checkedLines(SortedPage.of(name, g)))));
                // One ahead per worker, not a page window: a pair graph at 100,000 pages is some
                // 21,000 quads, and eight of them prepared at once did not fit a 256 MB heap.
                while (prepared.size() > threads) {
                    dumps.write(await(prepared.poll()));
                }
            });
            while (!prepared.isEmpty()) {
                dumps.write(await(prepared.poll()));
            }
        }

        @Override
        public void close() {
            if (workers != null) {
                workers.shutdownNow();
            }
            projects.close();
        }

        void file(int index) {
            reading = index;
            recordsOfFile = 0;
            SourceDocument doc;
            try {
                doc = SourceReader.read(files.get(index), name(index), ordered);
            } catch (PageRejectedException e) {
                reject(e);
                return;
            }
            int earlier = fileByContent.putIfAbsent(FingerprintTable.Fingerprint.ofSha256Hex(doc.sha256()), index);
            if (earlier != FingerprintTable.ABSENT) {
                reject(new PageRejectedException(SourceLocation.ofFile(doc.name()),
                        "duplicate page: same content as " + name(earlier)));
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
            ProblemReporter rows = p -> then(() -> {
                problems.report(p);
                if (p.severity() == Severity.ERROR) {
                    failed++;
                }
            });
            try {
                parser.get().parse(doc, this::submit, rows);
            } catch (PageRejectedException e) {
                reject(e);
            } catch (OutputFailure e) {
                throw e.failure();
            } catch (RuntimeException | StackOverflowError e) {
                SourceLocation at = SourceLocation.ofFile(doc.name());
                unexpected(at, e);
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
            then(() -> unexpectedNow(at, e));
        }

        /** Resolves, classifies, maps and validates one record on a worker; touches no run state. */
        private PageOutcome convertInIsolation(ProjectRecord record) {
            List<Problem> reported = new ArrayList<>();
            ProblemReporter own = reported::add;
            try {
                return new PageOutcome(record, reported, convert(record, own), null, null);
            } catch (PageRejectedException e) {
                return new PageOutcome(record, reported, null, e, null);
            } catch (RuntimeException | StackOverflowError e) {
                return new PageOutcome(record, reported, null, null, e);
            }
        }

        /** The ordered half of a record of the {@code file}th input: its problems, the identity checks, the write. */
        private void written(PageOutcome outcome, int file) {
            ProjectRecord record = outcome.record();
            outcome.problems().forEach(problems::report);
            if (outcome.rejected() != null) {
                rejectNow(outcome.rejected());
                return;
            }
            if (outcome.failure() != null) {
                LOG.debug("unexpected failure at {}", record.source(), outcome.failure());
                unexpectedNow(record.source().withField(""), outcome.failure());
                return;
            }
            ResolvedAndMapped page = outcome.page();
            try {
                // Only a page that will be written claims its project IRI.
                checkIdentity(record, file);
            } catch (PageRejectedException e) {
                rejectNow(e);
                return;
            }
            String graph = page.prepared().page().graphName().getURI();
            int earlier = fileByGraph.putIfAbsent(FingerprintTable.Fingerprint.of(graph), file);
            if (earlier != FingerprintTable.ABSENT && earlier != file) {
                rejectNow(new PageRejectedException(record.source().withField(""), "this page would share its graph <"
                        + graph + "> with " + name(earlier) + "; rename one of the two files"));
                return;
            }
            page.redactions().forEach(problems::report);
            try {
                dumps.write(page.prepared());
            } catch (RuntimeException e) {
                throw new OutputFailure(e);
            }
            if (tally != null) {
                tally.add(page.facts());
            }
            converted++;
        }

        /** One page or row left out, with every located reason given. */
        private void reject(PageRejectedException e) {
            then(() -> rejectNow(e));
        }

        private void rejectNow(PageRejectedException e) {
            e.problems().forEach(problems::report);
            failed++;
        }

        private void unexpectedNow(SourceLocation at, Throwable e) {
            problems.report(new Problem(Severity.ERROR, at, "could not convert: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage().lines().findFirst().orElse("") + ")")));
            failed++;
        }

        private ResolvedAndMapped convert(ProjectRecord record, ProblemReporter problems) {
            var resolved = resolver.resolve(record, problems);
            var classes = classifier.classify(resolved);
            DatasetGraph page = DatasetGraphFactory.create();
            mapper.map(resolved, classes, StreamRDFLib.dataset(page), problems);
            Node graphName = mapper.graphOf(record);
            Graph graph = page.getGraph(graphName);
            // A violation that slips through costs the offending part, not the page; only a page
            // whose project itself is wrong is rejected.
            Set<Node> roots = graph.find(Node.ANY, RDF.type.asNode(), Esf.Project).mapWith(Triple::getSubject).toSet();
            OffendingParts.Outcome pruned = OffendingParts.drop(graph, roots,
                    g -> validator.violations(staticGraphs.validationView(g), namedIn(g)), ShapeValidator.PREFIXES);
            if (!pruned.remaining().isEmpty()) {
                throw new PageRejectedException(record.source().withField(""),
                        "the converted page violates the shapes (" + pruned.remaining().size() + ")",
                        pruned.remaining().stream().map(v -> located(record, v)).toList());
            }
            for (ValidationIssue v : pruned.dropped()) {
                problems.report(new Problem(Severity.WARNING, record.source().withField(v.path() == null ? "" : v.path()),
                        "left out what the shapes reject: " + v.format(ShapeValidator.PREFIXES)));
            }
            // Redacting, sorting and formatting are the page's own work: done here, they run on every core.
            // What redacting reports is held back until the page is known to be written, as before.
            List<Problem> redactions = new ArrayList<>();
            Graph published = personalDataScan.isEmpty() ? graph
                    : personalDataScan.get().redact(graph, record.source().location(), redactions::add);
            PageFacts facts = statistics.map(s -> s.factsOf(graphName, published)).orElse(null);
            return new ResolvedAndMapped(dumps.prepare(checkedLines(SortedPage.of(graphName, published))), redactions, facts);
        }

        /**
         * Two records may describe one project only when they carry the same case number and come
         * from different kinds of source (a page and an export row); then they merge. Anything else
         * that lands on the same project IRI is a duplicate page.
         */
        private void checkIdentity(ProjectRecord record, int file) {
            String project = mapper.iris().project(record).getURI();
            Optional<ProjectsSeen.Seen> found = projects.find(project);
            Optional<String> number = Iris.projectNumber(record);
            if (found.isEmpty()) {
                projects.add(project, file, number.isPresent(), record.layout(), Sameness.of(record));
                return;
            }
            ProjectsSeen.Seen seen = found.get();
            String seenFile = name(seen.file());
            boolean mergeable = seen.hasNumber() && number.isPresent() && !projects.hasLayout(seen, record.layout());
            if (!mergeable) {
                throw new PageRejectedException(record.source().location(),
                        "duplicate page: same project as " + seenFile + " (" + project + ")");
            }
            Sameness other = Sameness.of(record);
            if (clearlyDifferent(seen.first(), other)) {
                throw new PageRejectedException(record.source().location(), "number " + number.get() + " is also "
                        + seenFile + "'s, but the two describe different projects (\"" + seen.first().title()
                        + "\" " + period(seen.first()) + ", \"" + record.title() + "\" " + period(other)
                        + "): not merged; correct the number in one of them");
            }
            projects.addLayout(seen, record.layout());
            problems.warning(record.source().location(), "same project as " + seenFile + " ("
                    + (record.caseNumber().isPresent() ? "case number " : "number ") + number.get()
                    + "): merged, both sources kept in provenance");
            differences(seen.first(), other).forEach(d -> problems.warning(record.source().location(),
                    d + " differs from " + seenFile + "'s; both values kept, each with its source"));
        }
    }

    /** The values two records of one project give differently: each is kept, in its own page graph. */
    /**
     * What the identity rule compares of a record, kept for every project seen: a few fields, not the
     * record, so the run's memory does not grow with the pages' text.
     */
    record Sameness(String title, Optional<String> ownerName, Optional<LocalDate> startDate,
            Optional<LocalDate> endDate) {
        static Sameness of(ProjectRecord r) {
            return new Sameness(r.title(), r.ownerName(), r.startDate(), r.endDate());
        }
    }

    static List<String> differences(Sameness first, Sameness other) {
        List<String> out = new ArrayList<>();
        differ(out, "title", Optional.of(first.title()), Optional.of(other.title()));
        differ(out, "owner", first.ownerName(), other.ownerName());
        differ(out, "start date", first.startDate(), other.startDate());
        differ(out, "end date", first.endDate(), other.endDate());
        return out;
    }

    private static void differ(List<String> out, String field, Optional<?> a, Optional<?> b) {
        if (a.isPresent() && b.isPresent() && !a.get().toString().strip().equalsIgnoreCase(b.get().toString().strip())) {
            out.add(field + " \"" + b.get() + "\"" + " (\"" + a.get() + "\")");
        }
    }

    /**
     * Two records with one number are two projects only when nothing ties them: their titles share
     * no significant word and their periods do not overlap. Anything less (a retitled project, an
     * extended period) is the same project written twice.
     */
    static boolean clearlyDifferent(Sameness a, Sameness b) {
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

    private static String period(Sameness r) {
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

    /** A page ready to write, and the redactions to report when it is written. */
    private record ResolvedAndMapped(Dumps.Prepared prepared, List<Problem> redactions, PageFacts facts) {
    }

    /** What a worker made of one record: its page, or why not, and the problems it reported. */
    private record PageOutcome(ProjectRecord record, List<Problem> problems, ResolvedAndMapped page,
            PageRejectedException rejected, Throwable failure) {
    }

    /** A worker's result; what it threw is the run's failure (convertInIsolation catches what a page can throw). */
    private static <T> T await(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("conversion interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The page, once Rio has judged its lines, when a line-based dump is among the outputs. Every
     * distinct term of the page is re-read by Rio ({@link RioCheck.Terms}); what else a line holds is
     * the writer's spaces and full stop. Every dump that is not line-based is re-read whole, with
     * Rio streaming it, after the run ({@link #checkWithRio}); JSON-LD, which Rio can only read whole,
     * is re-read graph by graph as it is written.
     */
    private SortedPage checkedLines(SortedPage page) {
        if (linesChecked) {
            pageTerms.check(page);
        }
        return page;
    }

    /**
     * Rio re-reads every whole dump that is neither line-based (checked page by page) nor JSON-LD
     * (checked by its sink), one file per thread, since each read is sequential.
     */
    private static void checkWithRio(Path dir, List<Output> outputs, long expected) {
        List<RdfSyntax> whole = outputs.stream()
                .filter(o -> o.syntax().isPresent() && o.isDumpOf(o.syntax().get()))
                .map(o -> o.syntax().get())
                .filter(f -> f.rioStreams() && !f.lineBased())
                .toList();
        whole.parallelStream().forEach(f -> {
            long n = RioCheck.countStatements(dir.resolve(f.fileName()), f);
            if (n != expected) {
                throw new IllegalStateException("RDF4J Rio read " + n + " statements from " + f.fileName()
                        + ", " + expected + " were written");
            }
        });
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
