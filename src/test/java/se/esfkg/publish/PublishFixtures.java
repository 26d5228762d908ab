package se.esfkg.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import se.esfkg.pipeline.Converter;
import se.esfkg.pipeline.ProgressListener;

/** The seeds converted once per test JVM, and the fixed dates the publishing tests stamp. */
public final class PublishFixtures {

    public static final Instant ISSUED = Instant.parse("2026-11-01T08:00:00Z");
    public static final Instant MODIFIED = Instant.parse("2026-12-01T09:30:00Z");
    public static final String BASE = "https://w3id.org/esf-kg/id/";
    private static final Map<Path, Path> CONVERTED = new HashMap<>();

    private PublishFixtures() {
    }

    /** The converter's output for {@code seeds/} in {@code dir/out}. */
    public static synchronized Path convertedSeeds(Path dir) {
        return CONVERTED.computeIfAbsent(dir, d -> {
            Path out = d.resolve("out");
            Converter.builder().build().convert(Path.of("seeds"), out, p -> { }, ProgressListener.NONE);
            return out;
        });
    }
}
