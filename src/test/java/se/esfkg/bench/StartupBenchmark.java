package se.esfkg.bench;

import java.util.Arrays;
import java.util.Locale;
import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.pipeline.Converter;

/**
 * Benchmark, not a test: what starting a conversion costs before the first page. Loads the shipped
 * knowledge base, then wires a converter from it, several times in one JVM, and prints each
 * duration; the first round includes class loading. Run it as docs/benchmarks.md says.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length == 0 ? 5 : Integer.parseInt(args[0]);
        System.out.println("round | knowledge base ms | converter ms | heap used MB");
        long[] load = new long[rounds];
        long[] wire = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            KnowledgeBase knowledge = KnowledgeBase.load();
            long t1 = System.nanoTime();
            Converter.builder().knowledge(knowledge).build();
            long t2 = System.nanoTime();
            load[i] = (t1 - t0) / 1_000_000;
            wire[i] = (t2 - t1) / 1_000_000;
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "%d | %d | %d | %d%n", i + 1, load[i], wire[i],
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
        if (rounds > 1) {
            System.out.printf(Locale.ROOT, "median of rounds 2..%d: knowledge base %d ms, converter %d ms%n", rounds,
                    median(Arrays.copyOfRange(load, 1, rounds)), median(Arrays.copyOfRange(wire, 1, rounds)));
        }
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
