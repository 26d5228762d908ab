package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.map.Iris;
import se.esfkg.store.DataDir;
import se.esfkg.store.StoreLoader;

/** A page that converts can never block the load: a 40,000-character case number included. */
class ConvertLongIdentifierTests {

    @TempDir
    Path tmp;

    @Test
    void aHugeCaseNumberIsKeptAsALiteralAndItsIriIsShortenedStably() throws IOException {
        String caseNumber = "2022/" + "0".repeat(40_000) + "31";
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("long.txt"), Files.readString(Path.of("src/test/resources/layouts/c/good-order-01.txt"))
                .replace("2022/00031", caseNumber));
        ConvertSummary first = Converter.builder().build().convert(in, tmp.resolve("out"), p -> { }, ProgressListener.NONE);
        assertThat(first.converted()).isEqualTo(1);

        DatasetGraph out = RDFDataMgr.loadDatasetGraph(tmp.resolve("out/esf-kg.nq.gz").toString());
        Set<String> iris = new HashSet<>();
        boolean literalKept = false;
        for (var it = out.find(); it.hasNext(); ) {
            Quad q = it.next();
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getObject()}) {
                if (n.isURI()) {
                    iris.add(n.getURI());
                } else if (n.isLiteral() && n.getLiteralLexicalForm().equals(caseNumber)) {
                    literalKept = true;
                }
            }
        }
        assertThat(literalKept).as("the case number itself, whole, as a literal").isTrue();
        assertThat(iris).allSatisfy(iri -> assertThat(iri.length()).isLessThan(1_000));
        String project = iris.stream().filter(i -> i.startsWith("https://w3id.org/esf-kg/id/project/") && i.indexOf('/', 36) < 0)
                .findFirst().orElseThrow();
        assertThat(project).matches("https://w3id.org/esf-kg/id/project/2022-0{75}-[0-9a-f]{16}");

        // The same page gives the same IRI in another run.
        Converter.builder().build().convert(in, tmp.resolve("out2"), p -> { }, ProgressListener.NONE);
        assertThat(Files.readAllBytes(tmp.resolve("out2/esf-kg.nq.gz"))).isEqualTo(Files.readAllBytes(tmp.resolve("out/esf-kg.nq.gz")));

        // And the store (TDB2 with its Lucene text index) takes it: a first load makes a live database.
        new StoreLoader(tmp.resolve("data")).load(tmp.resolve("out"));
        assertThat(new DataDir(tmp.resolve("data")).current()).isPresent();
    }
}
