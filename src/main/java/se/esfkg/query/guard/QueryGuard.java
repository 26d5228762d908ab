package se.esfkg.query.guard;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Puts a dataset's queries inside {@link QueryLimits}: installs, in the dataset's own context (so
 * nothing else in the JVM changes), the timeout, REGEX and REPLACE with a step budget that also
 * stops at the timeout, cancellable property paths, a SERVICE allow-list (empty: no SERVICE) and
 * closed function registries without {@code afn:wait} or {@code java:} class loading. The query
 * size limit acts before parsing, in the HTTP layer: see {@link QuerySizeFilter}.
 *
 * <p>Install once per opened database, before it is served.
 */
public final class QueryGuard {

    /** The per-call regular-expression budget, read by the bounded REGEX and REPLACE. */
    static final Symbol REGEX_STEPS = Symbol.create("urn:esf-kg:guard:regexSteps");

    private QueryGuard() {
    }

    public static void install(DatasetGraph dataset, QueryLimits limits) {
        install(dataset.getContext(), limits);
    }

    public static void install(Context context, QueryLimits limits) {
        context.set(ARQ.queryTimeout, Long.toString(limits.timeout().toMillis()));
        context.set(REGEX_STEPS, limits.regexSteps());
        // The rewrite is an optimiser step: keep the optimiser on so it always runs.
        context.set(ARQ.optimization, true);
        Object current = context.get(ARQConstants.sysOptimizerFactory);
        if (!(current instanceof GuardedRewrite)) {
            RewriteFactory next = current instanceof RewriteFactory f ? f : Optimize.getFactory();
            context.set(ARQConstants.sysOptimizerFactory, new GuardedRewrite(next));
        }
        QC.setFactory(context, CancellablePaths.around(QC.getFactory(context)));
        FunctionRegistry.set(context, SafeFunctions.functions(context));
        PropertyFunctionRegistry.set(context, SafeFunctions.propertyFunctions(context));
        ServiceExecutorRegistry.set(context, ServiceAllowList.registry(limits.serviceAllowList()));
    }
}
