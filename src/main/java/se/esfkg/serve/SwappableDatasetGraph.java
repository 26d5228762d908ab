package se.esfkg.serve;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

import se.esfkg.store.StoreDatabase;

/**
 * The dataset every reader uses: a wrapper whose target can be replaced while queries run.
 *
 * <p>A transaction pins the database that was current when it began (per thread, as Fuseki and
 * Spring MVC run a request's transaction on one thread), so a query never sees two databases. A
 * replaced database is closed when its last pinned transaction ends; new transactions go to the new
 * one at once. An in-place patch ({@link #commitAs}) keeps the database and moves the generation.
 */
public final class SwappableDatasetGraph extends DatasetGraphWrapper {

    /** One mounted database and the transactions using it, across the generations it serves. */
    private static final class Mount {
        final StoreDatabase db;
        private int users;
        private boolean retired;
        private boolean closed;

        Mount(StoreDatabase db) {
            this.db = db;
        }

        synchronized boolean acquire() {
            if (closed) {
                return false;
            }
            users++;
            return true;
        }

        synchronized void release() {
            users--;
            notifyAll();
            closeIfIdle();
        }

        synchronized void retire() {
            retired = true;
            closeIfIdle();
        }

        private void closeIfIdle() {
            if (retired && users == 0 && !closed) {
                closed = true;
                db.close();
            }
        }

        /** Waits for the last reader, then closes regardless: shutdown must not hang on a leaked transaction. */
        synchronized void closeWithin(Duration grace) {
            retired = true;
            long deadline = System.nanoTime() + grace.toNanos();
            while (!closed && users > 0 && System.nanoTime() < deadline) {
                try {
                    wait(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (!closed) {
                closed = true;
                db.close();
            }
        }
    }

    /** A generation as transactions see it: the database and the name its contents are served under. */
    private record Slot(Mount mount, Generation generation) {
    }

    private final AtomicReference<Slot> current;
    private final ThreadLocal<Slot> pinned = new ThreadLocal<>();
    /** Orders the beginning of transactions against an in-place commit (see {@link #commitAs}). */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();

    public SwappableDatasetGraph(StoreDatabase initial, Generation generation) {
        super(initial.dataset());
        this.current = new AtomicReference<>(new Slot(new Mount(initial), generation));
    }

    /** Makes {@code next} the served database; the previous one closes once idle. */
    public void swap(StoreDatabase next, Generation generation) {
        Slot old;
        gate.writeLock().lock();
        try {
            old = current.getAndSet(new Slot(new Mount(next), generation));
        } finally {
            gate.writeLock().unlock();
        }
        old.mount().retire();
    }

    /**
     * Runs {@code commit} (an in-place write to the current database) with no transaction beginning
     * meanwhile, and then serves the same database as {@code next}: a transaction that began before
     * sees the old data under the old generation, one that begins after sees the new data under the
     * new one, so a page and its ETag never disagree.
     */
    public void commitAs(Generation next, Runnable commit) {
        gate.writeLock().lock();
        try {
            commit.run();
            Slot old = current.get();
            current.set(new Slot(old.mount(), next));
        } finally {
            gate.writeLock().unlock();
        }
    }

    public StoreDatabase currentDatabase() {
        return current.get().mount().db;
    }

    /** The generation this thread's transaction reads, or the live one outside a transaction. */
    public Generation generation() {
        Slot s = pinned.get();
        return (s != null ? s : current.get()).generation;
    }

    /** Closes the current database (shutdown), waiting at most {@code grace} for open transactions. */
    public void closeAll(Duration grace) {
        current.get().mount().closeWithin(grace);
    }

    private DatasetGraph target() {
        Slot s = pinned.get();
        return (s != null ? s : current.get()).mount().db.dataset();
    }

    @Override
    protected DatasetGraph get() {
        return target();
    }

    @Override
    protected DatasetGraph getR() {
        return target();
    }

    @Override
    protected DatasetGraph getW() {
        return target();
    }

    @Override
    protected DatasetGraph getG() {
        return target();
    }

    @Override
    protected DatasetGraph getT() {
        return target();
    }

    @Override
    public Context getContext() {
        return target().getContext();
    }

    private void pin() {
        unpin(); // a thread that never ended its last transaction must not keep an old database open
        while (true) {
            Slot s = current.get();
            if (s.mount().acquire()) {
                pinned.set(s);
                return;
            }
        }
    }

    private void unpin() {
        Slot s = pinned.get();
        if (s != null) {
            pinned.remove();
            s.mount().release();
        }
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public void begin(ReadWrite readWrite) {
        begin(TxnType.convert(readWrite));
    }

    @Override
    public void begin(TxnType type) {
        // Shared with every other beginning transaction; exclusive only while a patch commits.
        gate.readLock().lock();
        try {
            pin();
            try {
                target().begin(type);
            } catch (RuntimeException e) {
                unpin();
                throw e;
            }
        } finally {
            gate.readLock().unlock();
        }
    }

    @Override
    public void end() {
        try {
            target().end();
        } finally {
            unpin();
        }
    }

    @Override
    public boolean isInTransaction() {
        return pinned.get() != null && target().isInTransaction();
    }

    @Override
    public void close() {
        // Fuseki may close the dataset when its service shuts down; LiveData closes the databases.
    }
}
