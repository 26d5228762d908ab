package se.esfkg.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

import se.esfkg.store.DataDir;
import se.esfkg.store.StoreDatabase;
import se.esfkg.store.StoreException;

/**
 * Runs one SPARQL query against a local data folder or a remote endpoint and prints it.
 * SELECT as a table, CSV or SPARQL JSON; ASK as true/false (or JSON); CONSTRUCT/DESCRIBE as
 * Turtle (table), N-Triples (csv) or JSON-LD (json).
 */
public final class QueryRunner {

    public enum Format {
        TABLE, CSV, JSON;

        public static Format parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    private QueryRunner() {
    }

    /** A path to an existing .rq file is read; anything else is the query text itself. */
    public static String queryText(String fileOrQuery) {
        try {
            if (fileOrQuery.length() < 4096 && !fileOrQuery.contains("{")) {
                Path p = Path.of(fileOrQuery);
                if (Files.isRegularFile(p)) {
                    return Files.readString(p, StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            // not a file: treat as query text
        }
        return fileOrQuery;
    }

    public static void runRemote(String endpoint, String queryString, Format format, OutputStream out) {
        Query q = QueryFactory.create(queryString);
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(q).build()) {
            print(qe, q, format, out);
        }
    }

    public static void runLocal(Path dataDir, String queryString, Format format, OutputStream out) {
        Path live = new DataDir(dataDir).current()
                .orElseThrow(() -> new StoreException("no database in " + dataDir + "; run load first"));
        Query q = QueryFactory.create(queryString);
        try (StoreDatabase db = StoreDatabase.open(live)) {
            Txn.executeRead(db.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(db.dataset())).query(q).build()) {
                    print(qe, q, format, out);
                }
            });
        }
    }

    private static void print(QueryExecution qe, Query q, Format format, OutputStream out) {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        if (q.isSelectType()) {
            ResultSet rows = qe.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(ps, rows, q.getPrologue());
                case CSV -> ResultSetFormatter.outputAsCSV(ps, rows);
                case JSON -> ResultSetFormatter.outputAsJSON(ps, rows);
            }
        } else if (q.isAskType()) {
            boolean b = qe.execAsk();
            if (format == Format.JSON) {
                ResultSetFormatter.outputAsJSON(ps, b);
            } else {
                ps.println(b);
            }
        } else {
            var g = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            Lang lang = switch (format) {
                case TABLE -> Lang.TURTLE;
                case CSV -> Lang.NTRIPLES;
                case JSON -> Lang.JSONLD;
            };
            RDFDataMgr.write(ps, g, lang);
        }
        ps.flush();
        if (ps.checkError()) {
            throw new UncheckedIOException(new IOException("write failed"));
        }
    }
}
