package se.esfkg.query.guard;

import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import se.esfkg.store.StoreDatabase;

/** A real Fuseki on port 0 over a real TDB2 database (with its text index), guarded by given limits. */
final class GuardedFuseki implements AutoCloseable {

    private final StoreDatabase db;
    private final FusekiServer server;

    GuardedFuseki(Path dir, QueryLimits limits, Quad... quads) {
        this.db = StoreDatabase.open(dir);
        DatasetGraph dsg = db.dataset();
        Txn.executeWrite(dsg, () -> {
            for (Quad q : quads) {
                dsg.add(q);
            }
        });
        QueryGuard.install(dsg, limits);
        this.server = FusekiServer.create().port(0)
                .addFilter("/esf/*", new QuerySizeFilter(limits.maxQueryBytes()))
                .add("/esf", DataService.newBuilder(dsg).addEndpoint(Operation.Query, "sparql").build())
                .build().start();
    }

    String endpoint() {
        return "http://localhost:" + server.getHttpPort() + "/esf/sparql";
    }

    @Override
    public void close() {
        server.stop();
        db.close();
    }
}
