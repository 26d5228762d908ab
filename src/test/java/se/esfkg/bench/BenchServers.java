package se.esfkg.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;

import se.esfkg.web.EsfServer;

/**
 * For the site benchmark (scripts/bench-site.sh), not a test: the application on one port and a bare
 * Fuseki on another, both over the same live dataset in one JVM, so that the endpoint's cost can be
 * compared with Fuseki's own under the same load. Prints {@code app <port>} and {@code bare <port>},
 * then serves until its standard input closes.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) se.esfkg.bench.BenchServers DATA APP_PORT BARE_PORT
 * </pre>
 */
public final class BenchServers {

    /** The application's own logback.xml, as the packaged server reads it. */
    static final String PRODUCTION_LOGGING = "classpath:logback.xml";

    private BenchServers() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", Integer.parseInt(args[1]));
        settings.put("esf.data", data.toAbsolutePath());
        // The production logging (the access and query logs on), not the tests' logback-test.xml, which
        // is on this class path and would otherwise win: the benchmark measures what a server does.
        settings.put("logging.config", BenchServers.PRODUCTION_LOGGING);
        try (EsfServer app = EsfServer.start(settings)) {
            FusekiServer bare = BareFuseki.start(Integer.parseInt(args[2]), app.liveData().dataset());
            try {
                System.out.println("app " + app.port());
                System.out.println("bare " + bare.getHttpPort());
                System.out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                while (in.readLine() != null) {
                    // Serve until the script closes our standard input.
                }
            } finally {
                bare.stop();
            }
        }
    }
}
