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
    public static Path seedsOut(Path dir) {
        writeNq(seeds(), dir.resolve("esf-kg.nq.gz"));
        return dir;
    }

    public static void dump(DatasetGraph dsg) {
        RDFDataMgr.write(System.out, dsg, Lang.TRIG);
    }
}
