package se.esfkg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;

/**
 * Jena's TDB2 bulk loaders, as {@code tdb2.tdbloader --loader=…} offers them. Parallel uses the
 * most threads and is fastest on an empty database; phased uses fewer; sequential is the only one
 * that is transactional, and the only one safe on a database that readers use.
 */
public enum BulkLoader {
    PARALLEL, PHASED, SEQUENTIAL;

    private static final MonitorOutput QUIET = (fmt, args) -> { };

    DataLoader create(DatasetGraph tdb) {
        return switch (this) {
            case PARALLEL -> LoaderFactory.parallelLoader(tdb, QUIET);
            case PHASED -> LoaderFactory.phasedLoader(tdb, QUIET);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(tdb, QUIET);
        };
    }
}
