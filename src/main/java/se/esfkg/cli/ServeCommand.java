package se.esfkg.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.esfkg.serve.BackgroundRelease;
import se.esfkg.web.EsfServer;

/**
 * serve: the site and the SPARQL endpoint. Options left out fall back to the environment and then
 * to application.yml, so none of them has a default here.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the live database: linked-data site (every published IRI dereferences) and",
            "read-only SPARQL at /esf/sparql, on one port. Switches to a newly loaded database without restarting.",
            "Unset options come from the environment (ESF_DATA, SERVER_PORT, …) or application.yml."})
public class ServeCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @Mixin
    ServerOptions server;

    @Option(names = "--timeout", description = "Query timeout in seconds (default: 30).")
    Long timeoutSeconds;

    @Option(names = "--max-rows", description = "Result row cap (default: 10000; 0 = none).")
    Long maxRows;

    @Option(names = "--no-cors", description = "Send no CORS headers.")
    boolean noCors;

    public ServeCommand() {
    }

    Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        data.given().ifPresent(d -> s.put("esf.data", d.toAbsolutePath()));
        if (server.port != null) {
            s.put("server.port", server.port);
        }
        if (server.address != null) {
            s.put("server.address", server.address);
        }
        if (server.publicRoot != null) {
            s.put("esf.public-root", server.publicRoot);
        }
        if (timeoutSeconds != null) {
            s.put("esf.query-timeout", timeoutSeconds + "s");
        }
        if (maxRows != null) {
            s.put("esf.row-cap", maxRows);
        }
        if (noCors) {
            s.put("esf.cors", false);
        }
        return s;
    }

    @Override
    public Integer call() {
        // A failure to start (no database yet, database in use, port taken) goes to OperatorErrors,
        // which prints one line a person can act on.
        EsfServer server = EsfServer.start(settings());
        server.liveData().onSwitch(System.out::println);
        var s = server.settings();
        System.out.println("SPARQL endpoint: " + server.endpoint());
        System.out.println("Site: " + server.url("/") + " (publishing " + s.publicRoot() + ")");
        System.out.println("serving " + server.liveData().generation().directory() + " (read-only; timeout "
                + s.queryTimeout().toSeconds() + " s, " + s.rowCap() + " rows max)");
        // A release owed by a load (up's, or one cut short by a crash) is made while this server answers.
        new BackgroundRelease(server.liveData(), System.out::println).startIfOwed();
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return 0;
    }
}
