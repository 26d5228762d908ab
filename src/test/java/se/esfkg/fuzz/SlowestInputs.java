package se.esfkg.fuzz;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which pages cost the pipeline most: replays every input under the folders given (a fuzzing
 * corpus, the committed inputs) through the pipeline fuzz target, warm, and prints the slowest
 * first with the CPU time of the converting thread, which a busy machine does not inflate as it
 * does wall time. A benchmark, not a test (docs/reliability.md, Fuzzing, gives the command).
 */
public final class SlowestInputs {

    private static final int WARM_UP_PASSES = 2;
    private static final int WARM_UP_INPUTS = 50;

    private record Timed(Path input, long bytes, double cpuMillis, double wallMillis) {
    }

    public static void main(String[] args) throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (String folder : args) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                files.filter(Files::isRegularFile).sorted().forEach(inputs::add);
            }
        }
        PipelineFuzzTests target = new PipelineFuzzTests();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // The first conversions load classes and compile code; time the inputs once that is done.
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (Path input : inputs.subList(0, Math.min(WARM_UP_INPUTS, inputs.size()))) {
                target.convertOnePage(Files.readAllBytes(input));
            }
        }
        List<Timed> timed = new ArrayList<>();
        for (Path input : inputs) {
            byte[] page = Files.readAllBytes(input);
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            target.convertOnePage(page);
            timed.add(new Timed(input, page.length, (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
                    (System.nanoTime() - wall) / 1e6));
        }
        timed.sort(Comparator.comparingDouble(Timed::cpuMillis).reversed());
        double total = timed.stream().mapToDouble(Timed::cpuMillis).sum();
        System.out.printf(Locale.ROOT, "%d inputs, %.1f ms CPU each on average%n", timed.size(), total / timed.size());
        timed.stream().limit(10).forEach(t -> System.out.printf(Locale.ROOT, "%8.1f ms CPU %8.1f ms wall %8d bytes  %s%n",
                t.cpuMillis(), t.wallMillis(), t.bytes(), t.input()));
    }
}
