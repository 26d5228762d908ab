package se.esfkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;

/**
 * Fuseki's dispatch tables for the read-only SPARQL service over the live data, at {@link #DATASET}.
 *
 * <p>Endpoints: {@code /esf/sparql} and {@code /esf/query} (SPARQL query, GET and POST; a GET
 * without a query returns the service description), {@code /esf} itself (query), and
 * {@code /esf/data}, {@code /esf/get} (Graph Store Protocol, read only). There is no update service
 * and no writable Graph Store endpoint at all, so nothing can change the data over HTTP.
 *
 * <p>The tables come from a built, never started, {@link FusekiServer}: the web server installs them
 * in its own servlet context and lets Fuseki's filter answer under {@code /esf}, on the site's port.
 */
public final class SparqlEndpoint {

    public static final String DATASET = "/esf";
    public static final String ROW_CAP_HEADER = EsfQueryService.CAP_HEADER;

    private final FusekiServer fuseki;

    public SparqlEndpoint(LiveData live, long rowCap, long timeoutMillis) {
        DataService service = DataService.newBuilder(live.dataset())
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        this.fuseki = FusekiServer.create()
                .port(0)
                .registerOperation(Operation.Query, new EsfQueryService(rowCap, timeoutMillis))
                .add(DATASET, service)
                .build();
    }

    public DataAccessPointRegistry dataAccessPoints() {
        return fuseki.getDataAccessPointRegistry();
    }

    public OperationRegistry operations() {
        return fuseki.getOperationRegistry();
    }
}
