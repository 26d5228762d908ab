package se.esfkg.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import se.esfkg.output.FileDigests;
import se.esfkg.output.GraphIndex;
import se.esfkg.output.RdfSyntax;
import se.esfkg.publish.dcat.CatalogBuilder;
import se.esfkg.publish.dcat.CatalogFiles;
import se.esfkg.publish.dcat.CatalogInput;
import se.esfkg.publish.stats.CorpusStatistics;
import se.esfkg.publish.stats.StatisticsFile;
import se.esfkg.publish.stats.StatisticsSource;
import se.esfkg.publish.stats.VoidDescription;

/**
 * Makes a folder of dumps publishable as it stands: beside the dumps it writes the DCAT catalog
 * (RDF/XML, Turtle, JSON-LD), {@code void.ttl} and {@code SHA256SUMS}. {@code convert} calls it
 * on its output; a release calls it on its own folder, with its dates, version and change set.
 */
public final class PublishedFolder {

    private PublishedFolder() {
    }

    /**
     * The dump files of the output registry, then the JSON-LD context they use and the N-Quads
     * dump's graph index (with it, a client fetches one graph with an HTTP range request).
     */
    public static List<String> dumpFileNames() {
        List<String> names = new ArrayList<>(Arrays.stream(RdfSyntax.values()).map(RdfSyntax::fileName).toList());
        names.add(RdfSyntax.JSONLD_CONTEXT_FILE);
        names.add(GraphIndex.FILE);
        return names;
    }

    /** What was written: the figures and the checksums of every file listed in SHA256SUMS. */
    public record Result(CorpusStatistics statistics, List<FileChecksum> checksums) {
        public Result {
            checksums = List.copyOf(checksums);
        }
    }

    /** A dated description for {@code dir}; {@code extraFiles} (a change set) are checksummed too. */
    public record Stamp(Instant issued, Instant modified, Optional<String> version,
            Optional<CatalogInput.ChangeSetLink> changes, List<String> extraFiles) {
        public static Stamp at(Instant t) {
            return new Stamp(t, t, Optional.empty(), Optional.empty(), List.of());
        }
    }

    public static Result write(Path dir, PublishSettings settings, String dataSpace, Stamp stamp) {
        return write(dir, settings, dataSpace, stamp, StatisticsSource.dumpScan(), new FileDigests());
    }

    /** As {@link #write(Path, PublishSettings, String, Stamp)}, the figures from {@code source} unless cached. */
    public static Result write(Path dir, PublishSettings settings, String dataSpace, Stamp stamp,
            StatisticsSource source, FileDigests digests) {
        Path nquads = dir.resolve(RdfSyntax.NQUADS.fileName());
        if (!Files.isRegularFile(nquads)) {
            throw new IllegalArgumentException("no " + RdfSyntax.NQUADS.fileName() + " in " + dir);
        }
        List<FileChecksum> dumps = Checksums.of(dir,
                Arrays.stream(RdfSyntax.values()).map(RdfSyntax::fileName).toList(), digests);
        String nquadsSha = Checksums.find(dumps, RdfSyntax.NQUADS.fileName()).orElseThrow().sha256();
        CorpusStatistics stats = StatisticsFile.read(dir, nquadsSha, dataSpace).orElseGet(() -> {
            CorpusStatistics scanned = source.of(nquads, dataSpace);
            StatisticsFile.write(dir, RdfSyntax.NQUADS.fileName(), nquadsSha, dataSpace, scanned);
            return scanned;
        });
        writeTurtle(VoidDescription.of(settings, dataSpace, stats), dir.resolve(VoidDescription.FILE));
        Model catalog = CatalogBuilder.build(new CatalogInput(settings, stats, dumps, stamp.issued(),
                stamp.modified(), stamp.version(), stamp.changes()));
        CatalogFiles.write(catalog, dir);
        List<String> listed = new ArrayList<>(dumpFileNames());
        listed.addAll(stamp.extraFiles());
        listed.add(VoidDescription.FILE);
        listed.addAll(CatalogFiles.fileNames());
        // Each file hashed once: the dumps (hundreds of MB at scale) were hashed above.
        List<FileChecksum> sums = new ArrayList<>();
        for (String name : listed) {
            Optional<FileChecksum> known = Checksums.find(dumps, name);
            if (known.isPresent()) {
                sums.add(known.get());
            } else {
                sums.addAll(Checksums.of(dir, List.of(name)));
            }
        }
        Checksums.write(dir, sums);
        return new Result(stats, sums);
    }

    private static void writeTurtle(Model m, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
