package se.esfkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.esfkg.pipeline.ConvertSummary;
import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;

/**
 * Benchmark, not a test: writes a synthetic corpus of N layout-A pages (the seeds with distinct
 * titles and years), converts it and prints time, throughput and peak heap. Run it as
 * docs/benchmarks.md says; results are recorded there.
 */
public final class ConvertBenchmark {

    private ConvertBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {100, 1000} : java.util.Arrays.stream(args)
                .mapToInt(Integer::parseInt).toArray();
        Path work = Files.createTempDirectory("esf-kg-bench-");
        Converter converter = Converter.builder().build();
        // One warm-up run so that class loading and JIT do not count against the first size.
        converter.convert(Path.of("seeds"), work.resolve("warm-up"), p -> { }, ProgressListener.NONE);
        System.out.println("pages | seconds | pages/s | triples | peak heap MB (max heap " 
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)");
        for (int n : sizes) {
            Path corpus = generate(work.resolve("corpus-" + n), n);
            resetPeaks();
            ConvertSummary s = converter.convert(corpus, work.resolve("out-" + n), p -> { }, ProgressListener.NONE);
            double secs = s.elapsed().toMillis() / 1000.0;
            System.out.printf(java.util.Locale.ROOT, "%d | %.1f | %.0f | %d | %d%n", s.converted(), secs,
                    s.converted() / secs, s.triples(), peakHeapMb());
        }
    }

    static Path generate(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<String> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.sorted().toList()) {
                seeds.add(Files.readString(p));
            }
        }
        for (int i = 0; i < n; i++) {
            String page = seeds.get(i % seeds.size());
            String[] lines = page.split("\n", -1);
            for (int k = 0; k < lines.length; k++) {
                if (lines[k].startsWith("Programområde")) {
                    // the title is the last non-blank line above the first field
                    int t = k - 1;
                    while (lines[t].isBlank()) {
                        t--;
                    }
                    lines[t] = lines[t] + " " + i;
                    break;
                }
            }
            Files.writeString(dir.resolve(String.format("page-%06d.txt", i)), String.join("\n", lines));
        }
        return dir;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1 << 20);
    }
}
