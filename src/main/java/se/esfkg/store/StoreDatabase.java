package se.esfkg.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * One database folder ({@code data/db-<n>}): the TDB2 store in {@code tdb/}, its Lucene index in
 * {@code text/} and {@link GraphManifest#FILE}. The index lives in the same folder so that switching
 * the database switches the index with it.
 */
public final class StoreDatabase implements AutoCloseable {

    public static final String TDB_DIR = "tdb";
    public static final String TEXT_DIR = "text";

    private final Path dir;
    private final DatasetGraph tdb;
    private final TextIndexLucene textIndex;
    private final DatasetGraph dataset;
    private boolean closed;

    private StoreDatabase(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir.resolve(TDB_DIR));
            Files.createDirectories(dir.resolve(TEXT_DIR));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create " + dir, e);
        }
        this.tdb = DatabaseMgr.connectDatasetGraph(dir.resolve(TDB_DIR).toString());
        // The union default graph is what SPARQL clients see; named graphs stay addressable.
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.textIndex = TextIndexing.open(dir.resolve(TEXT_DIR));
        this.dataset = TextDatasetFactory.create(tdb, textIndex, true);
    }

    public static StoreDatabase open(Path dir) {
        return new StoreDatabase(dir);
    }

    public Path dir() {
        return dir;
    }

    /** TDB2 with the text index in front: what queries use. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** The raw TDB2 dataset: what the bulk loader writes to. */
    DatasetGraph tdb() {
        return tdb;
    }

    TextIndexLucene textIndex() {
        return textIndex;
    }

    public GraphManifest manifest() {
        Path f = dir.resolve(GraphManifest.FILE);
        return Files.exists(f) ? GraphManifest.read(f) : GraphManifest.empty();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            dataset.close();
        } finally {
            // Drops TDB2's per-location cache entry and releases the folder's lock file, so the
            // folder can be renamed or deleted and reopened later in this JVM.
            TDBInternal.expel(tdb);
        }
    }
}
