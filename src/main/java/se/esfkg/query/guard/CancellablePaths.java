package se.esfkg.query.guard;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Property paths that stop at the timeout. ARQ computes the closure of {@code p*} or {@code p+} from
 * one start node eagerly and looks at the cancel flag only between start nodes, so one closure over
 * a large connected graph could outlive the timeout. Here the graph a path walks checks the flag on
 * every step ({@code find}) and every tenth-thousand triple it reads.
 */
final class CancellablePaths {

    private CancellablePaths() {
    }

    /** An executor factory like {@code next} (TDB2's or ARQ's) whose paths are cancellable. */
    static OpExecutorFactory around(OpExecutorFactory next) {
        if (next == OpExecutorTDB2.OpExecFactoryTDB) {
            return execCxt -> new OpExecutorTDB2(execCxt) {
                @Override
                protected QueryIterator execute(OpPath opPath, QueryIterator input) {
                    return cancellablePath(opPath, input, execCxt);
                }
            };
        }
        if (next == null) {
            return execCxt -> new OpExecutor(execCxt) {
                @Override
                protected QueryIterator execute(OpPath opPath, QueryIterator input) {
                    return cancellablePath(opPath, input, execCxt);
                }
            };
        }
        return next; // someone else's executor: leave it as it is
    }

    private static QueryIterator cancellablePath(OpPath opPath, QueryIterator input, ExecutionContext execCxt) {
        AtomicBoolean cancelled = execCxt.getCancelSignal();
        if (cancelled == null) {
            return new QueryIterPath(opPath.getTriplePath(), input, execCxt);
        }
        ExecutionContext watched = new ExecutionContext(execCxt, new CancellableGraph(execCxt.getActiveGraph(), cancelled));
        return new QueryIterPath(opPath.getTriplePath(), input, watched);
    }

    private static final class CancellableGraph extends GraphWrapper {
        private static final int CHECK_EVERY = 10_000;
        private final AtomicBoolean cancelled;

        CancellableGraph(Graph graph, AtomicBoolean cancelled) {
            super(graph);
            this.cancelled = cancelled;
        }

        private void check() {
            if (cancelled.get()) {
                throw new QueryCancelledException();
            }
        }

        @Override
        public ExtendedIterator<Triple> find(Triple m) {
            return find(m.getSubject(), m.getPredicate(), m.getObject());
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            check();
            int[] seen = {0};
            return super.find(s, p, o).filterKeep(t -> {
                if (++seen[0] % CHECK_EVERY == 0) {
                    check();
                }
                return true;
            });
        }

        @Override
        public boolean contains(Node s, Node p, Node o) {
            check();
            return super.contains(s, p, o);
        }
    }
}
