package se.esfkg.publish.stats;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where a publication takes its {@link CorpusStatistics} from when no statistics file names the
 * dump: a scan of the dump itself (all {@code convert} has), or the TDB2 database a load has just
 * built from that very dump, which holds the same quads already sorted ({@link StoreScanner}).
 */
public interface StatisticsSource {

    CorpusStatistics of(Path nquads, String dataSpace);

    /** Says where the figures came from, in a load's printed step times. */
    String name();

    /** Parse and sort the dump on disk. */
    static StatisticsSource dumpScan() {
        return new DumpScan();
    }

    /** Walk {@code tdb}'s indexes; the caller vouches that it holds exactly the dump's quads. */
    static StatisticsSource store(DatasetGraph tdb) {
        return new Store(tdb);
    }

    record DumpScan() implements StatisticsSource {
        @Override
        public CorpusStatistics of(Path nquads, String dataSpace) {
            return new CorpusScanner(dataSpace).scan(nquads);
        }

        @Override
        public String name() {
            return "VoID figures from the dump";
        }
    }

    record Store(DatasetGraph tdb) implements StatisticsSource {
        @Override
        public CorpusStatistics of(Path nquads, String dataSpace) {
            return new StoreScanner(dataSpace).scan(tdb);
        }

        @Override
        public String name() {
            return "VoID figures from the store";
        }
    }
}
