package se.esfkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.testing.Fixtures;

class SmokeTests {
    @TempDir
    Path tmp;

    @Test
    void loadsAndSearches() {
        Path out = Fixtures.seedsOut(tmp.resolve("out"));
        LoadReport r = new StoreLoader(tmp.resolve("data")).load(out);
        System.out.println(r.summary());
        try (StoreDatabase db = StoreDatabase.open(r.database())) {
            Txn.executeRead(db.dataset(), () -> {
                System.out.println(QueryExec.dataset(db.dataset()).query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").select().next());
                QueryExec.dataset(db.dataset()).query("PREFIX text: <http://jena.apache.org/text#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                        + "SELECT ?s ?score { (?s ?score) text:query '\"socialt foretagande\"' }").select()
                        .forEachRemaining(System.out::println);
            });
        }
        assertThat(r.outcome()).isEqualTo(LoadReport.Outcome.FULL);
    }
}
