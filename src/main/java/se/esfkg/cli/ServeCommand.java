package se.esfkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.esfkg.serve.StoreServer;
import se.esfkg.store.StoreException;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the live database read-only over SPARQL at /esf (embedded Fuseki).",
            "Switches to a newly loaded database without restarting."})
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "data", description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "10000", description = "Result row cap (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--no-cors", description = "Disable CORS headers.")
    boolean noCors;

    public ServeCommand() {
    }

    @Override
    public Integer call() {
        StoreServer.Settings s = StoreServer.Settings.defaults().port(port)
                .timeout(Duration.ofSeconds(timeoutSeconds)).rowCap(maxRows);
        if (noCors) {
            s = new StoreServer.Settings(s.port(), s.timeout(), s.rowCap(), s.poll(), false);
        }
        try {
            StoreServer server = StoreServer.start(data, s, System.out::println);
            System.out.println("SPARQL endpoint: " + server.endpoint());
            System.out.println("serving " + server.mounted() + " (read-only; timeout " + timeoutSeconds + " s, "
                    + maxRows + " rows max)");
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            server.join();
            return 0;
        } catch (StoreException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
