package se.esfkg.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a deterministic corpus of invented project pages in the four input layouts, one page at a
 * time (nothing grows with the corpus but the summary's list of malformed files). The same seed and
 * size give the same bytes; each page depends only on the seed and its index.
 */
public final class CorpusGenerator {

    /** Share of each layout; the default follows the bank's history (many old pages, fewer exports). */
    public record Mix(Map<InputLayout, Integer> weights) {
        public static Mix standard() {
            return new Mix(Map.of(InputLayout.A, 35, InputLayout.B, 25, InputLayout.C, 25, InputLayout.EXPORT, 15));
        }

        /** {@code A=40,B=20,C=20,EXPORT=20} or a single layout such as {@code C}. */
        public static Mix parse(String spec) {
            Map<InputLayout, Integer> w = new EnumMap<>(InputLayout.class);
            for (String part : spec.split(",")) {
                String[] kv = part.trim().split("=", 2);
                InputLayout layout = InputLayout.valueOf(kv[0].trim().toUpperCase(Locale.ROOT));
                w.put(layout, kv.length == 2 ? Integer.parseInt(kv[1].trim()) : 1);
            }
            return new Mix(w);
        }

        InputLayout draw(SplittableRandom rnd) {
            int total = weights.values().stream().mapToInt(Integer::intValue).sum();
            int x = rnd.nextInt(total);
            for (InputLayout l : InputLayout.values()) {
                x -= weights.getOrDefault(l, 0);
                if (x < 0) {
                    return l;
                }
            }
            throw new IllegalStateException("empty mix");
        }
    }

    /** What a run wrote: projects per layout, files, and which files were made malformed on purpose. */
    public record Summary(Map<InputLayout, Integer> projects, int files, long bytes, List<String> malformed) {
    }

    static final int ROWS_PER_EXPORT = 500;

    private final DraftMaker drafts;
    private final Mix mix;
    private final int malformedPerMille;

    /** {@code malformedPerMille}: pages in a thousand made malformed on purpose (5 = 0.5 %). */
    public CorpusGenerator(GeneratorData data, Mix mix, int malformedPerMille) {
        this.drafts = new DraftMaker(data);
        this.mix = mix;
        this.malformedPerMille = malformedPerMille;
    }

    public Summary generate(int pages, long seed, Path outDir) {
        Map<InputLayout, Integer> counts = new EnumMap<>(InputLayout.class);
        List<String> malformed = new ArrayList<>();
        long[] bytes = {0};
        int files = 0;
        try {
            Files.createDirectories(outDir);
            ExportFile export = null;
            for (int i = 0; i < pages; i++) {
                SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
                InputLayout layout = mix.draw(rnd);
                ProjectDraft draft = drafts.make(i, layout, rnd);
                boolean broken = rnd.nextInt(1000) < malformedPerMille;
                counts.merge(layout, 1, Integer::sum);
                if (layout == InputLayout.EXPORT) {
                    if (export == null || export.rows == ROWS_PER_EXPORT) {
                        if (export != null) {
                            bytes[0] += export.close();
                        }
                        export = new ExportFile(outDir.resolve(String.format(Locale.ROOT, "export-%06d.csv", i)));
                        files++;
                    }
                    List<String> row = PageWriters.exportRow(draft);
                    if (broken) {
                        row = new ArrayList<>(row);
                        row.set(14, "2023-13-45");
                        malformed.add(export.file.getFileName() + " row " + (export.rows + 2));
                    }
                    export.csv.printRecord(row);
                    export.rows++;
                    continue;
                }
                String text = switch (layout) {
                    case A -> PageWriters.layoutA(draft, rnd);
                    case B -> PageWriters.layoutB(draft, rnd);
                    default -> PageWriters.layoutC(draft, rnd);
                };
                String name = String.format(Locale.ROOT, "page-%06d-%s.txt", i, layout.name().toLowerCase(Locale.ROOT));
                byte[] content = broken ? Malformations.apply(text, draft, rnd) : text.getBytes(StandardCharsets.UTF_8);
                if (broken) {
                    malformed.add(name);
                }
                Files.write(outDir.resolve(name), content);
                bytes[0] += content.length;
                files++;
            }
            if (export != null) {
                bytes[0] += export.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus to " + outDir + ": " + e.getMessage(), e);
        }
        return new Summary(counts, files, bytes[0], List.copyOf(malformed));
    }

    private static final class ExportFile {
        final Path file;
        final BufferedWriter out;
        final CSVPrinter csv;
        int rows;

        ExportFile(Path file) throws IOException {
            this.file = file;
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            this.csv = new CSVPrinter(out, PageWriters.EXPORT_FORMAT);
            PageWriters.printExportHeader(csv);
        }

        long close() throws IOException {
            csv.close(true);
            return Files.size(file);
        }
    }
}
