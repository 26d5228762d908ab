package se.esfkg.query.guard;

import java.util.Set;

import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * First link of the SERVICE chain: lets a call through only to an endpoint the configuration names.
 * Otherwise the endpoint would fetch any URL a caller writes, from inside the server's network.
 * Runs per call with the endpoint already bound, so {@code SERVICE ?endpoint} is checked too.
 */
final class ServiceAllowList implements ChainingServiceExecutor {

    private final Set<String> allowed;

    private ServiceAllowList(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    static ServiceExecutorRegistry registry(Set<String> allowed) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.getBulkChain().clear(); // bulk links would reach the endpoint before the single chain
        return registry.addSingleLink(new ServiceAllowList(allowed));
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        String endpoint = opExecute.getService().isURI() ? opExecute.getService().getURI() : String.valueOf(opExecute.getService());
        if (!allowed.contains(endpoint)) {
            throw new QueryDeniedException(allowed.isEmpty()
                    ? "SERVICE is not available on this endpoint (asked for <" + endpoint + ">)"
                    : "SERVICE <" + endpoint + "> is not on this endpoint's allow-list");
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
