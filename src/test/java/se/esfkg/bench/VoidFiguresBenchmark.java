package se.esfkg.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import se.esfkg.map.Esf;
import se.esfkg.publish.stats.CorpusScanner;
import se.esfkg.publish.stats.CorpusStatistics;
import se.esfkg.publish.stats.StatisticsFile;
import se.esfkg.publish.stats.StoreScanner;
import se.esfkg.store.DataDir;
import se.esfkg.store.StoreDatabase;

/**
 * A release's VoID figures two ways, timed: from the live database's indexes ({@link StoreScanner})
 * and from the dump ({@link CorpusScanner}, or the {@code statistics.tsv} it wrote for the same
 * bytes when {@code --cached} is given and one names the dump), then every figure compared. The
 * database must hold exactly the dump's quads (a load of it). A benchmark, not a test.
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) se.esfkg.bench.VoidFiguresBenchmark DATA DUMP.nq.gz [--cached DIR]
 * </pre>
 */
public final class VoidFiguresBenchmark {

    private VoidFiguresBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path dump = Path.of(args[1]);
        Optional<Path> cached = args.length > 3 && args[2].equals("--cached") ? Optional.of(Path.of(args[3]))
                : Optional.empty();
        String space = Esf.DEFAULT_BASE;
        System.out.println("# load " + java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip());
        Path db = new DataDir(data).current().orElseThrow();
        CorpusStatistics fromStore;
        long t0 = System.nanoTime();
        try (StoreDatabase store = StoreDatabase.open(db)) {
            fromStore = new StoreScanner(space).scan(store.dataset());
        }
        double storeSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "store scan of %s: %.1f s (%d quads, %d triples)%n", db, storeSeconds,
                fromStore.quads(), fromStore.triples());
        CorpusStatistics fromDump;
        if (cached.isPresent()) {
            String sha = se.esfkg.publish.FileChecksum.of(dump).sha256();
            fromDump = StatisticsFile.read(cached.get(), sha, space)
                    .orElseThrow(() -> new IllegalStateException("no statistics.tsv for " + dump + " in " + cached.get()));
            System.out.println("dump figures: " + cached.get().resolve(StatisticsFile.FILE) + " (the dump scan's, same SHA-256)");
        } else {
            long t1 = System.nanoTime();
            fromDump = new CorpusScanner(space).scan(dump);
            System.out.printf(Locale.ROOT, "dump scan of %s: %.1f s%n", dump, (System.nanoTime() - t1) / 1e9);
        }
        System.out.println("identical: " + fromStore.equals(fromDump));
        if (!fromStore.equals(fromDump)) {
            System.out.println("store: " + fromStore);
            System.out.println("dump:  " + fromDump);
        }
    }
}
