package se.esfkg.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/** Test data: the hand-written seed fixture and the converter-shaped .nq.gz files made from it. */
public final class Fixtures {

    public static final String B = "https://w3id.org/esf-kg/id/";
    public static final String[] SEED_STEMS = {
        "000_05dbab979be8d6ed", "001_cadcfa4700230a5b", "002_34e89ac2aefdf7c1", "003_5644959ee2017856",
        "004_ed19341546b216d7"};

    private Fixtures() {
    }

    public static String sourceGraph(String stem) {
        return B + "source/" + stem;
    }

    /** The seed fixture as an in-memory dataset (a fresh copy each call). */
    public static DatasetGraph seeds() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(Fixtures.class.getResourceAsStream("/store/seeds.trig")).lang(Lang.TRIG).parse(dsg);
        return dsg;
    }

    /**
     * Writes {@code dsg} as the converter does: gzip N-Quads, the quads of a graph contiguous, graphs
     * in IRI order.
     */
    public static Path writeNq(DatasetGraph dsg, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                w.start();
                List<Node> graphs = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(graphs::add);
                graphs.sort(Comparator.comparing(Node::getURI));
                for (Node g : graphs) {
                    Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                    it.forEachRemaining(w::quad);
                }
                w.finish();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed fixture written to {@code dir/esf-kg.nq.gz}; returns {@code dir}. */
    /**
     * Writes {@code dsg} with the converter's own N-Quads output into {@code dir}: the dump in one
     * gzip member per graph, graphs in IRI order, and its graph index beside it. Returns the dump.
     */
    public static Path writeIndexed(DatasetGraph dsg, Path dir) {
        return writeIndexed(dsg, dir, 1);
    }

    /** As {@link #writeIndexed(DatasetGraph, Path)}, with members closed after {@code memberBytes} of N-Quads. */
    public static Path writeIndexed(DatasetGraph dsg, Path dir, int memberBytes) {
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort(Comparator.comparing(Node::getURI));
        try (se.esfkg.output.Dumps dumps = se.esfkg.output.Dumps.open(dir,
                List.of(se.esfkg.output.Outputs.nquadsWithMembersOf(memberBytes)), java.util.Map.of())) {
            for (Node g : graphs) {
                dumps.write(g, dsg.getGraph(g));
            }
        }
        return dir.resolve(se.esfkg.output.RdfSyntax.NQUADS.fileName());
    }

    public static Path seedsOut(Path dir) {
        writeNq(seeds(), dir.resolve("esf-kg.nq.gz"));
        return dir;
    }

    /**
     * {@code pages} synthetic pages made from the fixture's five (fresh project and source IRIs), plus
     * the shared graphs, written as the converter writes; for tests that need a load to take a while.
     */
    public static Path synthetic(int pages, Path file) {
        Path seedsNq = writeNq(seeds(), file.resolveSibling("seeds-fixture.nq.gz"));
        java.util.Map<String, List<String>> graphs = new java.util.LinkedHashMap<>();
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(seedsNq)), java.nio.charset.StandardCharsets.UTF_8));
             var w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), java.nio.charset.StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank()).forEach(l -> graphs
                    .computeIfAbsent(l.substring(l.lastIndexOf('<'), l.lastIndexOf('>') + 1), k -> new ArrayList<>()).add(l));
            List<List<String>> pageGraphs = new ArrayList<>();
            for (var e : graphs.entrySet()) {
                if (e.getKey().contains("/source/")) {
                    pageGraphs.add(e.getValue());
                } else {
                    for (String l : e.getValue()) {
                        w.write(l);
                        w.newLine();
                    }
                }
            }
            for (int i = 0; i < pages; i++) {
                for (String l : pageGraphs.get(i % pageGraphs.size())) {
                    w.write(l.replaceAll("(/id/project/[^/>]+)", "$1-s" + i).replaceAll("(/id/source/[0-9a-f_]+)", "$1-s" + i));
                    w.newLine();
                }
            }
            Files.delete(seedsNq);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void dump(DatasetGraph dsg) {
        RDFDataMgr.write(System.out, dsg, Lang.TRIG);
    }
}
