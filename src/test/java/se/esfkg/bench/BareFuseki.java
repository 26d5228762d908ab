package se.esfkg.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * The benchmarks' baseline: Fuseki's own server over a dataset at {@code /bare}, with Jetty's
 * response buffer at Jetty's default, as the application's Jetty has it.
 *
 * <p>Why not {@code FusekiServer.create()} as it comes: Fuseki configures a 5 MB output buffer
 * ({@code JettyLib.httpConfiguration()}), larger than anything Jetty's buffer pool keeps, so every
 * response allocates and zeroes a fresh 5 MB direct buffer. Measured at 100,000 projects (a one-row
 * query, wrk, 4 connections): 13 requests/s and 310 ms p50 against the application's 3 ms, with the
 * request threads in {@code Unsafe.setMemory} under {@code ByteBuffer.allocateDirect}. That measured
 * Fuseki's buffer setting, not the query.
 */
final class BareFuseki {

    /** Jetty's own default ({@link HttpConfiguration#getOutputBufferSize()} of a new configuration). */
    static final int OUTPUT_BUFFER_BYTES = new HttpConfiguration().getOutputBufferSize();

    private BareFuseki() {
    }

    /** Builds and starts the server; port 0 picks a free port. */
    static FusekiServer start(int port, DatasetGraph dataset) {
        FusekiServer server = FusekiServer.create().port(port).add("/bare", dataset).build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
            }
        }
        return server.start();
    }
}
