package se.esfkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.esfkg.query.QueryRunner;
import se.esfkg.store.StoreException;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query (a .rq file or the query text) against the local store or an endpoint.",
            "Use --endpoint while 'serve' runs on the same data folder: TDB2 allows one process per database."})
public class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<file.rq | 'SPARQL'>")
    String query;

    static class Target {
        @Option(names = "--endpoint", description = "A SPARQL endpoint URL, e.g. http://localhost:3030/esf/sparql.")
        String endpoint;

        @Option(names = "--data", description = "Data folder of a local store (default: data).")
        Path data;
    }

    @ArgGroup(exclusive = true)
    Target target;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    public QueryCommand() {
    }

    @Override
    public Integer call() {
        String text = QueryRunner.queryText(query);
        QueryRunner.Format f = QueryRunner.Format.parse(format);
        try {
            if (target != null && target.endpoint != null) {
                QueryRunner.runRemote(target.endpoint, text, f, System.out);
            } else {
                QueryRunner.runLocal(target != null && target.data != null ? target.data : Path.of("data"), text, f,
                        System.out);
            }
            return 0;
        } catch (StoreException | org.apache.jena.query.QueryException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
