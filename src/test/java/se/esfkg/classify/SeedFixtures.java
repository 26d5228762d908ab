package se.esfkg.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.layouta.LayoutAParser;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.resolve.County;
import se.esfkg.resolve.Municipality;
import se.esfkg.resolve.ResolvedProject;
import se.esfkg.source.SourceReader;

/**
 * The seeds read by the layout A reader and "resolved" by hand: the resolver is written in
 * parallel, and these tests are about classification, so the Kommun lists are given here.
 */
final class SeedFixtures {

    static final String SEED_000 = "000_05dbab979be8d6ed.txt";
    static final String SEED_001 = "001_cadcfa4700230a5b.txt";
    static final String SEED_002 = "002_34e89ac2aefdf7c1.txt";
    static final String SEED_003 = "003_5644959ee2017856.txt";
    static final String SEED_004 = "004_ed19341546b216d7.txt";

    private static final County VASTERBOTTEN = new County("24", "Västerbottens län", "SE331", "SE33");
    private static final County BLEKINGE = new County("10", "Blekinge län", "SE221", "SE22");
    private static final County VASTRA_GOTALAND = new County("14", "Västra Götalands län", "SE232", "SE23");
    private static final County SKANE = new County("12", "Skåne län", "SE224", "SE22");
    private static final County OSTERGOTLAND = new County("05", "Östergötlands län", "SE123", "SE12");

    private static final Map<String, List<Municipality>> KOMMUN = Map.of(
            SEED_000, List.of(municipality("2481", "Lycksele", VASTERBOTTEN)),
            SEED_001, List.of(municipality("1083", "Sölvesborg", BLEKINGE)),
            SEED_002, List.of(municipality("1470", "Vara", VASTRA_GOTALAND)),
            SEED_003, List.of(municipality("1293", "Hässleholm", SKANE),
                    municipality("1290", "Kristianstad", SKANE)),
            SEED_004, List.of(municipality("0586", "Mjölby", OSTERGOTLAND)));

    private SeedFixtures() {
    }

    static Municipality municipality(String code, String name, County county) {
        return new Municipality(code, name, county, Optional.empty());
    }

    static ProjectRecord record(String seed) {
        List<ProjectRecord> records = new ArrayList<>();
        new LayoutAParser().parse(SourceReader.read(Path.of("seeds", seed)), records::add,
                new CollectingProblemReporter());
        if (records.size() != 1) {
            throw new IllegalStateException("expected one record in " + seed + ", got " + records.size());
        }
        return records.get(0);
    }

    static ResolvedProject resolved(String seed) {
        return resolved(record(seed), KOMMUN.get(seed));
    }

    static ResolvedProject resolved(ProjectRecord record, List<Municipality> municipalities) {
        return new ResolvedProject(record, Optional.empty(), List.of(), List.of(), municipalities, List.of(),
                Optional.empty());
    }
}
