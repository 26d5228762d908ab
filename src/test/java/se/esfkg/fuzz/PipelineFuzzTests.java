package se.esfkg.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.io.IOX;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import com.code_intelligence.jazzer.junit.FuzzTest;

import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.output.RdfSyntax;
import se.esfkg.pipeline.ConvertSummary;
import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;
import se.esfkg.problem.Problem;

/**
 * The whole page pipeline as a fuzz target: one input is one page (or export) in an input folder,
 * converted as {@code convert} does — read, bound, resolve, classify, map, validate against the
 * shapes, scan for personal data, write every registered syntax and report, re-read each
 * Rio-readable dump — and then the RDF/XML and N-Quads dumps read back with Jena.
 *
 * <p>A finding is any exception out of convert; a problem that the pipeline's last-resort net
 * caught ({@code could not convert: …}, an exception no stage foresaw); a problem that does not
 * stand at the input's file; an input that is neither converted nor reported; or a dump Jena cannot
 * read back whole.
 *
 * <p>One converter serves every input of the JVM, and it writes only the pages: the ontology,
 * concept schemes and reference data are the same for every input (pages are still validated
 * against them), and writing them each time (twenty times a page's triples) took most of each
 * execution.
 */
class PipelineFuzzTests {

    /** The file name every input is converted under; every problem must name it. */
    static final String PAGE = "page.txt";

    /** Built once per JVM: the knowledge base, the converter and a work folder reused by every input. */
    private static final class Warm {
        static final Converter CONVERTER = Converter.builder().knowledge(KnowledgeBase.load()).threads(1)
                .publishStandardGraphs(false).build();
        static final Path IN;
        static final Path OUT;

        static {
            try {
                Path work = Files.createTempDirectory(fastestTemp(), "esf-kg-fuzz-");
                IN = Files.createDirectories(work.resolve("in"));
                OUT = work.resolve("out");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> IOX.deleteAll(work)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Memory (tmpfs) when the machine has it, so the dumps never touch a disk. */
        private static Path fastestTemp() {
            Path shm = Path.of("/dev/shm");
            return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        }
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = 200_000)
    void convertOnePage(byte[] page) throws IOException {
        // Readers recognise a layout by content, never by the file's name.
        Files.write(Warm.IN.resolve(PAGE), page);
        ConvertSummary summary = Warm.CONVERTER.convert(Warm.IN, Warm.OUT, problem -> { }, ProgressListener.NONE);
        for (Problem p : summary.problems()) {
            if (p.message().startsWith("could not convert:")) {
                throw new AssertionError("a stage failed unforeseen: " + p);
            }
            if (!p.location().file().equals(PAGE)) {
                throw new AssertionError("a problem not located at the input: " + p);
            }
        }
        if (summary.converted() == 0 && summary.problems().isEmpty()) {
            throw new AssertionError("the input was neither converted nor reported");
        }
        // Each run replaces every output, so these are this input's dumps.
        long quads = reread(RdfSyntax.NQUADS, Lang.NQUADS).stream().count();
        if (quads != summary.triples()) {
            throw new AssertionError("the N-Quads dump re-reads " + quads + " quads, " + summary.triples()
                    + " were written");
        }
        DatasetGraph rdfXml = reread(RdfSyntax.RDFXML, Lang.RDFXML);
        if (summary.converted() > 0 && rdfXml.getDefaultGraph().isEmpty()) {
            throw new AssertionError("the RDF/XML dump re-reads empty");
        }
    }

    private static DatasetGraph reread(RdfSyntax syntax, Lang lang) throws IOException {
        DatasetGraph read = DatasetGraphFactory.create();
        try (InputStream in = syntax.compression().wrap(Files.newInputStream(Warm.OUT.resolve(syntax.fileName())))) {
            RDFParser.source(in).lang(lang).parse(StreamRDFLib.dataset(read));
        }
        return read;
    }
}
