package se.esfkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query service with two additions: a cap on result rows (a query without LIMIT, or with a
 * larger one, is run with LIMIT cap and the response says so in {@code X-ESF-Row-Cap}), and the
 * SPARQL service description answered on a GET without a query, as the SD specification asks.
 */
final class EsfQueryService extends SPARQL_QueryDataset {

    static final String CAP_HEADER = "X-ESF-Row-Cap";

    private final long rowCap;
    private final long timeoutMillis;

    EsfQueryService(long rowCap, long timeoutMillis) {
        this.rowCap = rowCap;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestParameter("query") == null) {
            serviceDescription(action);
            return;
        }
        super.execGet(action);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        Query q = p.getRight();
        if (rowCap > 0 && !q.isAskType() && (!q.hasLimit() || q.getLimit() > rowCap)) {
            q = q.cloneQuery();
            q.setLimit(rowCap);
            action.setResponseHeader(CAP_HEADER, Long.toString(rowCap));
        }
        return Pair.create(p.getLeft(), q);
    }

    private void serviceDescription(HttpAction action) {
        String endpoint = action.getRequestRequestURL();
        String ttl = ServiceDescription.turtle(endpoint, rowCap, timeoutMillis);
        try {
            action.setResponseStatus(200);
            action.setResponseContentType("text/turtle; charset=utf-8");
            OutputStream out = action.getResponseOutputStream();
            out.write(ttl.getBytes(StandardCharsets.UTF_8));
            out.flush();
            ServletOps.success(action);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }
}
