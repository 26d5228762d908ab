package se.esfkg.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;

/** The converter's N-Quads output: a folder holding {@code esf-kg.nq.gz}, or the file itself. */
public final class QuadInput {

    public static final String DEFAULT_FILE = "esf-kg.nq.gz";

    private final Path file;

    private QuadInput(Path file) {
        this.file = file;
    }

    public static QuadInput of(Path folderOrFile) {
        Path f = Files.isDirectory(folderOrFile) ? folderOrFile.resolve(DEFAULT_FILE) : folderOrFile;
        if (!Files.isRegularFile(f)) {
            throw new StoreException("no N-Quads input at " + f);
        }
        String name = f.getFileName().toString();
        if (!(name.endsWith(".nq") || name.endsWith(".nq.gz"))) {
            throw new StoreException("expected an .nq or .nq.gz file, got " + f);
        }
        return new QuadInput(f);
    }

    public Path file() {
        return file;
    }

    /**
     * Streams every quad to {@code sink}; a syntax error or a truncated gzip stream throws.
     * Blank node labels are kept as written so that a graph's fingerprint is stable between runs.
     */
    public void parse(StreamRDF sink) {
        try (InputStream in = open()) {
            RDFParser.source(in).lang(Lang.NQUADS).labelToNode(LabelToNode.createUseLabelAsGiven())
                    .strict(true).parse(sink);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof StoreException) {
                throw e;
            }
            throw new StoreException("bad N-Quads in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Fingerprints each graph of the input without loading anything. */
    public GraphManifest scan() {
        return scan((g, e, l) -> {
        });
    }

    GraphManifest scan(GraphHasher.GraphListener listener) {
        GraphHasher hasher = new GraphHasher(listener);
        hasher.start();
        parse(hasher);
        hasher.finish();
        return hasher.manifest();
    }

    private InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
