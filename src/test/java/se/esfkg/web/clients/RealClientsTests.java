package se.esfkg.web.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.query.QueryFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.output.RdfSyntax;
import se.esfkg.publish.PublishSettings;
import se.esfkg.publish.release.Releases;
import se.esfkg.publish.stats.CorpusScanner;
import se.esfkg.testing.SeedData;
import se.esfkg.testing.Servers;
import se.esfkg.web.EsfServer;

/**
 * The clients users already have, against the served site: Python's rdflib parses every served
 * dump and the catalog; SPARQLWrapper, Jena's RDFConnection and RDF4J's SPARQLRepository run every
 * {@code sparql-examples/} query and get the same rows. Python is Debian's {@code /usr/bin/python3}
 * with {@code python3-rdflib} and {@code python3-sparqlwrapper} (scripts/install-test-tools.sh).
 */
class RealClientsTests {

    static final String PYTHON = "/usr/bin/python3";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static EsfServer server;
    static Path data;

    @BeforeAll
    static void start() {
        data = SeedData.loadedInto(tmp.resolve("data"));
        new Releases(data).prepare(SeedData.converted(), PublishSettings.defaults(), "https://w3id.org/esf-kg/id/",
                Instant.now()).commit();
        server = Servers.start(data);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode python(String script, List<String> args) throws IOException, InterruptedException {
        Path file = tmp.resolve(script);
        try (var in = RealClientsTests.class.getResourceAsStream("/clients/" + script)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of(PYTHON, file.toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(tmp.resolve(script + ".err").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        assertThat(exit).as(() -> readQuietly(tmp.resolve(script + ".err"))).isZero();
        return JSON.readTree(out);
    }

    static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("sparql-examples"))) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @Test
    void rdflibParsesEveryServedDumpAndTheCatalog() throws Exception {
        long distinctTriples = new CorpusScanner("https://w3id.org/esf-kg/id/")
                .scan(data.resolve("releases/1").resolve(RdfSyntax.NQUADS.fileName())).triples();
        // The graphs Jena reads from the same dump: the ontology, concepts and reference, the five pages, the
        // statistics graph, its pair and partner graphs, and the lists graph with its title and organisation graphs (33 on the seeds).
        long graphs = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(
                data.resolve("releases/1").resolve(RdfSyntax.NQUADS.fileName()).toString()).size();
        assertThat(graphs).isEqualTo(33);
        List<String> urls = new ArrayList<>();
        for (RdfSyntax s : RdfSyntax.values()) {
            urls.add(server.url("/dumps/" + s.fileName()));
        }
        urls.add(server.url("/catalog.rdf"));
        urls.add(server.url("/catalog.ttl"));
        JsonNode parsed = python("rdflib_parse.py", urls);
        for (RdfSyntax s : RdfSyntax.values()) {
            JsonNode r = parsed.get(server.url("/dumps/" + s.fileName()));
            assertThat(r.get("triples").asLong()).as(s.fileName()).isEqualTo(distinctTriples);
            if (s.quads()) {
                assertThat(r.get("graphs").asLong()).as(s.fileName()).isEqualTo(graphs);
            }
        }
        long catalogTriples = org.apache.jena.riot.RDFDataMgr.loadModel(data.resolve("releases/1/catalog.ttl").toString()).size();
        assertThat(parsed.get(server.url("/catalog.rdf")).get("triples").asLong()).isEqualTo(catalogTriples);
        assertThat(parsed.get(server.url("/catalog.ttl")).get("triples").asLong()).isEqualTo(catalogTriples);
    }

    @Test
    void rdflibReadsTheSameTriplesFromTheCoercedJsonLdDumpAsFromNQuads() throws Exception {
        String jsonld = server.url("/dumps/" + RdfSyntax.JSONLD.fileName());
        String nquads = server.url("/dumps/" + RdfSyntax.NQUADS.fileName());
        JsonNode r = python("rdflib_same_triples.py", List.of(jsonld, nquads));
        assertThat(r.get("first").asLong()).isPositive().isEqualTo(r.get("second").asLong());
        assertThat(r.get("isomorphic").asBoolean()).isTrue();
    }

    @Test
    void sparqlWrapperJenaAndRdf4jGetTheSameAnswersToEveryExample() throws Exception {
        List<Path> queries = examples();
        JsonNode wrapper = python("sparqlwrapper_examples.py",
                Stream.concat(Stream.of(server.endpoint()), queries.stream().map(Path::toString)).toList());
        SPARQLRepository rdf4j = new SPARQLRepository(server.endpoint());
        try (RDFConnection jena = RDFConnectionRemote.service(server.endpoint()).build();
             RepositoryConnection rdf4jConnection = rdf4j.getConnection()) {
            for (Path q : queries) {
                String query = Files.readString(q);
                List<Map<String, String>> byPython = new ArrayList<>();
                for (Iterator<JsonNode> it = wrapper.get(q.toString()).elements(); it.hasNext();) {
                    Map<String, String> m = new TreeMap<>();
                    it.next().fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
                    byPython.add(m);
                }
                if (!QueryFactory.create(query).isSelectType()) {
                    long byJena = jena.queryConstruct(query).size();
                    long byRdf4j;
                    try (GraphQueryResult result = rdf4jConnection.prepareGraphQuery(query).evaluate()) {
                        byRdf4j = result.stream().distinct().count();
                    }
                    assertThat(byJena).as(q + " (Jena)").isPositive();
                    assertThat(byPython).as(q + " (SPARQLWrapper)").containsExactly(Map.of("triples", Long.toString(byJena)));
                    assertThat(byRdf4j).as(q + " (RDF4J)").isEqualTo(byJena);
                    continue;
                }
                List<Map<String, String>> byJena = new ArrayList<>();
                jena.querySelect(query, row -> {
                    Map<String, String> m = new TreeMap<>();
                    row.varNames().forEachRemaining(v -> {
                        if (row.get(v) != null) {
                            m.put(v, lexical(row.get(v)));
                        }
                    });
                    byJena.add(m);
                });
                List<Map<String, String>> byRdf4j = new ArrayList<>();
                try (TupleQueryResult result = rdf4jConnection.prepareTupleQuery(query).evaluate()) {
                    for (BindingSet b : result) {
                        Map<String, String> m = new TreeMap<>();
                        b.forEach(binding -> m.put(binding.getName(), binding.getValue().stringValue()));
                        byRdf4j.add(m);
                    }
                }
                assertThat(byJena).as(q + " (Jena)").isNotEmpty();
                assertThat(byPython).as(q + " (SPARQLWrapper)").isEqualTo(byJena);
                assertThat(byRdf4j).as(q + " (RDF4J)").isEqualTo(byJena);
            }
        }
        rdf4j.shutDown();
    }

    @Test
    void sparqlWrapperGetsEveryReturnFormatItAsksFor() throws Exception {
        JsonNode formats = python("sparqlwrapper_examples.py", List.of(server.endpoint())).get("formats");
        for (String name : List.of("rdf+xml", "turtle", "n3", "xml", "csv", "tsv", "json")) {
            JsonNode f = formats.get(name);
            assertThat(f.has("error")).as(name + ": " + f).isFalse();
            assertThat(f.get("status").asInt()).as(name).isEqualTo(200);
            assertThat(f.get("bytes").asInt()).as(name).isPositive();
        }
        assertThat(formats.get("rdf+xml").get("contentType").asText()).startsWith("application/rdf+xml");
        assertThat(formats.get("n3").get("contentType").asText()).startsWith("text/turtle");
    }

    private static String lexical(org.apache.jena.rdf.model.RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isResource() && n.isAnon()
                ? n.asResource().getId().getLabelString() : n.asResource().getURI();
    }

}
