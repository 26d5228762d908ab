package se.esfkg.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import se.esfkg.problem.Problem;

/**
 * Streams a conversion into every chosen output in a folder, one named graph at a time. Each page's
 * triples are sorted once, by their N-Triples form ({@link SortedPage}), and handed to every sink in that order.
 */
public final class Dumps implements AutoCloseable {

    /** A thread per finishing sink, ended when its sink is: a finished run leaves none behind. */
    private static final Executor FINISHING = runnable -> {
        Thread t = new Thread(runnable, "esf-dump-finish");
        t.setDaemon(true);
        t.start();
    };

    private final Map<Output, OutputStream> files = new LinkedHashMap<>();
    private final Map<Output, DumpSink> sinks = new LinkedHashMap<>();
    private long triples;
    private long graphs;

    private Dumps() {
    }

    /** Opens every output in {@code dir} and starts it with the prefixes, declared in alphabetical order. */
    public static Dumps open(Path dir, List<Output> outputs, Map<String, String> prefixes) {
        Dumps dumps = new Dumps();
        try {
            Files.createDirectories(dir);
            for (Output o : outputs) {
                Path file = dir.resolve(o.fileName());
                OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                if (o.sinks() instanceof Output.PackingSinkFactory packing) {
                    dumps.files.put(o, raw);
                    dumps.sinks.put(o, packing.open(raw, file));
                } else {
                    OutputStream out = o.compression().wrap(raw);
                    dumps.files.put(o, out);
                    dumps.sinks.put(o, o.sinks().open(out));
                }
            }
            Map<String, String> ordered = new TreeMap<>(prefixes);
            for (DumpSink sink : dumps.sinks.values()) {
                sink.start(ordered);
            }
            return dumps;
        } catch (IOException e) {
            dumps.closeFiles();
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one named graph to every output. */
    public void write(Node graphName, Graph graph) {
        write(SortedPage.of(graphName, graph));
    }

    /** Appends one named graph, sorted already, to every output. */
    public void write(SortedPage page) {
        write(prepare(page));
    }

    /**
     * What every output can make of a page before it is written, in the order of the outputs. Thread-safe:
     * call it on the thread that converted the page, so that such work runs on every core.
     */
    public Prepared prepare(SortedPage page) {
        List<Object> forms = new ArrayList<>(sinks.size());
        try {
            for (DumpSink sink : sinks.values()) {
                forms.add(sink.prepare(page));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Prepared(page, forms);
    }

    /** A page with what each output prepared of it; only the {@link Dumps} that made it can write it. */
    public static final class Prepared {
        private final SortedPage page;
        private final List<Object> forms;

        private Prepared(SortedPage page, List<Object> forms) {
            this.page = page;
            this.forms = forms;
        }

        public SortedPage page() {
            return page;
        }
    }

    /** Appends one prepared page to every output. */
    public void write(Prepared prepared) {
        try {
            int i = 0;
            for (DumpSink sink : sinks.values()) {
                sink.page(prepared.page, prepared.forms.get(i++));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        triples += prepared.page.size();
        graphs++;
    }

    /** Hands a reported problem to every output; only the quality report keeps it. */
    public void problem(Problem problem) {
        sinks.values().forEach(sink -> sink.problem(problem));
    }

    /** Triples written to each triple syntax, which is also the number of quads in each quad syntax. */
    public long triples() {
        return triples;
    }

    public long graphs() {
        return graphs;
    }

    /**
     * Finishes every output, each on a thread of its own: a sink finishes into its own file, and the
     * quality reports, which sort and render a whole run's ledger at this point, would otherwise run
     * one after the other while the other core idles.
     */
    @Override
    public void close() {
        try {
            List<CompletableFuture<Void>> finishing = sinks.values().stream()
                    .map(sink -> CompletableFuture.runAsync(() -> finish(sink), FINISHING)).toList();
            CompletableFuture.allOf(finishing.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            closeFiles();
        }
    }

    private static void finish(DumpSink sink) {
        try {
            sink.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeFiles() {
        IOException first = null;
        for (OutputStream out : files.values()) {
            try {
                out.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw new UncheckedIOException(first);
        }
    }
}
