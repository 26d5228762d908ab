package se.esfkg.publish.release;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import se.esfkg.publish.PublishSettings;

/**
 * What {@code releases/release-owed} says about the release it stands for: the converter folder
 * whose data went live, the data space it was converted under, and the catalog settings the load
 * was given. With them a later process (the server started by {@code up}, or one started after a
 * crash) can make the release without being told again. A marker written by an older version
 * holds none of this; then only the next {@code load} can make the release.
 */
public record OwedRelease(Path input, String dataSpace, Optional<String> publicRoot, Optional<Path> catalogSettings) {

    public OwedRelease {
        input = input.toAbsolutePath().normalize();
        catalogSettings = catalogSettings.map(p -> p.toAbsolutePath().normalize());
    }

    /** The catalog settings the load used, rebuilt from the same file and root. */
    public PublishSettings settings() {
        PublishSettings s = PublishSettings.load(catalogSettings);
        return publicRoot.map(s::withRoot).orElse(s);
    }

    void write(Path file) {
        Properties p = new Properties();
        p.setProperty("input", input.toString());
        p.setProperty("data-space", dataSpace);
        publicRoot.ifPresent(r -> p.setProperty("public-root", r));
        catalogSettings.ifPresent(c -> p.setProperty("catalog-settings", c.toString()));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "a load changed the data; its release is not yet published");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<OwedRelease> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String input = p.getProperty("input");
        String dataSpace = p.getProperty("data-space");
        if (input == null || dataSpace == null) {
            return Optional.empty();
        }
        return Optional.of(new OwedRelease(Path.of(input), dataSpace, Optional.ofNullable(p.getProperty("public-root")),
                Optional.ofNullable(p.getProperty("catalog-settings")).map(Path::of)));
    }
}
