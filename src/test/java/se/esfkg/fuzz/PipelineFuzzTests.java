package se.esfkg.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.io.IOX;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import se.esfkg.pipeline.ConvertSummary;
import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;
import se.esfkg.problem.Problem;

/**
 * The whole page pipeline as a fuzz target: one input is one page (or export) in an input folder,
 * converted as {@code convert} does (read, resolve, classify, map, validate, write every syntax,
 * re-read each Rio-readable dump). A finding is any exception out of convert, any problem that the
 * pipeline's last-resort net caught ({@code could not convert: …}, an exception no stage foresaw),
 * or an RDF/XML dump that Jena cannot read back.
 */
class PipelineFuzzTests {

    private static Converter converter;
    private static Path work;

    @BeforeAll
    static void build() throws IOException {
        converter = Converter.builder().build();
        work = Files.createTempDirectory("esf-kg-fuzz-");
    }

    @AfterAll
    static void clean() {
        deleteIfThere(work);
    }

    private static void deleteIfThere(Path dir) {
        if (Files.exists(dir)) {
            IOX.deleteAll(dir);
        }
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = 200_000)
    void convertOnePage(byte[] page) throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Path out = work.resolve("out");
        // Readers recognise a layout by content, never by the file's name.
        Files.write(in.resolve("page.txt"), page);
        try {
            List<Problem> problems = new ArrayList<>();
            ConvertSummary summary = converter.convert(in, out, problems::add, ProgressListener.NONE);
            for (Problem p : summary.problems()) {
                if (p.message().startsWith("could not convert:")) {
                    throw new AssertionError("a stage failed unforeseen: " + p);
                }
            }
            if (summary.converted() > 0) {
                DatasetGraph reread = DatasetGraphFactory.create();
                RDFParser.source(out.resolve("esf-kg.rdf")).lang(Lang.RDFXML).parse(StreamRDFLib.dataset(reread));
                if (reread.isEmpty()) {
                    throw new AssertionError("the RDF/XML dump re-reads empty");
                }
            }
        } finally {
            deleteIfThere(in);
            deleteIfThere(out);
        }
    }
}
