package se.esfkg.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One database as it was made live: its folder name in the data folder ({@code db-7}), the folder
 * itself, and when {@code data/CURRENT} switched to it. Web caches key on it (ETag, Last-Modified).
 */
public record Generation(String id, Path directory, Instant liveSince) {

    public Generation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(liveSince, "liveSince");
    }
}
