package se.esfkg.publish.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@value #FILE}: the {@link CorpusStatistics} of one N-Quads dump, kept beside it with the dump's
 * SHA-256, so that publishing the same dump again (a {@code load} of a converter's folder) reuses
 * them instead of sorting the corpus on disk once more. Not published: it is the publisher's cache,
 * and it is only believed for the exact bytes it names.
 *
 * <pre>
 * #esf-kg corpus statistics 1	esf-kg.nq.gz	sha256=…	data-space=https://w3id.org/esf-kg/id/
 * quads	1234
 * class	https://w3id.org/esf-kg/ontology#Project	5
 * </pre>
 */
public final class StatisticsFile {

    public static final String FILE = "statistics.tsv";
    private static final String MAGIC = "#esf-kg corpus statistics 1";

    private StatisticsFile() {
    }

    public static void write(Path dir, String dumpFile, String dumpSha256, String dataSpace, CorpusStatistics s) {
        List<String> lines = new ArrayList<>();
        lines.add(MAGIC + "\t" + dumpFile + "\tsha256=" + dumpSha256 + "\tdata-space=" + dataSpace);
        lines.add("quads\t" + s.quads());
        lines.add("graphs\t" + s.graphs());
        lines.add("triples\t" + s.triples());
        lines.add("distinctSubjects\t" + s.distinctSubjects());
        lines.add("distinctObjects\t" + s.distinctObjects());
        lines.add("entities\t" + s.entities());
        lines.add("projects\t" + s.projects());
        s.classPartitions().forEach((k, v) -> lines.add("class\t" + k + "\t" + v));
        s.propertyPartitions().forEach((k, v) -> lines.add("property\t" + k + "\t" + v));
        s.linksets().forEach((k, v) -> lines.add("linkset\t" + k + "\t" + v));
        s.vocabularies().forEach(v -> lines.add("vocabulary\t" + v));
        s.exampleResources().forEach(e -> lines.add("example\t" + e));
        s.earliestStart().ifPresent(d -> lines.add("earliestStart\t" + d));
        s.latestEnd().ifPresent(d -> lines.add("latestEnd\t" + d));
        s.nutsRegions().forEach(r -> lines.add("nuts\t" + r));
        try {
            Files.write(dir.resolve(FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The statistics kept in {@code dir} for a dump with this SHA-256, counted with this data space
     * (it decides VoID's entities); empty if none, for other bytes or another space, or unreadable.
     */
    public static Optional<CorpusStatistics> read(Path dir, String dumpSha256, String dataSpace) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] head = lines.isEmpty() ? new String[0] : lines.get(0).split("\t");
            if (head.length != 4 || !head[0].equals(MAGIC) || !head[2].equals("sha256=" + dumpSha256)
                    || !head[3].equals("data-space=" + dataSpace)) {
                return Optional.empty();
            }
            Map<String, Long> figures = new TreeMap<>();
            SortedMap<String, Long> classes = new TreeMap<>();
            SortedMap<String, Long> properties = new TreeMap<>();
            SortedMap<String, Long> linksets = new TreeMap<>();
            SortedSet<String> vocabularies = new TreeSet<>();
            List<String> examples = new ArrayList<>();
            SortedSet<String> nuts = new TreeSet<>();
            LocalDate earliest = null;
            LocalDate latest = null;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "class" -> classes.put(f[1], Long.parseLong(f[2]));
                    case "property" -> properties.put(f[1], Long.parseLong(f[2]));
                    case "linkset" -> linksets.put(f[1], Long.parseLong(f[2]));
                    case "vocabulary" -> vocabularies.add(f[1]);
                    case "example" -> examples.add(f[1]);
                    case "nuts" -> nuts.add(f[1]);
                    case "earliestStart" -> earliest = LocalDate.parse(f[1]);
                    case "latestEnd" -> latest = LocalDate.parse(f[1]);
                    default -> figures.put(f[0], Long.parseLong(f[1]));
                }
            }
            return Optional.of(new CorpusStatistics(figures.get("quads"), Math.toIntExact(figures.get("graphs")),
                    figures.get("triples"), figures.get("distinctSubjects"), figures.get("distinctObjects"),
                    figures.get("entities"), figures.get("projects"), classes, properties, linksets, vocabularies,
                    examples, Optional.ofNullable(earliest), Optional.ofNullable(latest), nuts));
        } catch (IOException | RuntimeException e) {
            // A damaged cache is no reason to fail a publication: the dump is scanned instead.
            return Optional.empty();
        }
    }
}
