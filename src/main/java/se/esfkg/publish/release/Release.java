package se.esfkg.publish.release;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * One release: what a load published. Its number is its identifier ({@code <root>releases/<n>});
 * {@code issued} is when it was made; {@code previous} is the release its change set starts from.
 */
public record Release(int number, Instant issued, Optional<Integer> previous, long triples, long projects,
        long added, long removed, Path folder) {

    public static final String FILE = "release.properties";

    public boolean hasFile(String name) {
        return Files.isRegularFile(folder.resolve(name));
    }

    public boolean hasChangeSet() {
        return previous.isPresent() && hasFile(ChangeSet.RDF_PATCH);
    }

    void write() {
        Properties p = new Properties();
        p.setProperty("number", Integer.toString(number));
        p.setProperty("issued", issued.toString());
        previous.ifPresent(v -> p.setProperty("previous", Integer.toString(v)));
        p.setProperty("triples", Long.toString(triples));
        p.setProperty("projects", Long.toString(projects));
        p.setProperty("added", Long.toString(added));
        p.setProperty("removed", Long.toString(removed));
        try (Writer w = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(w, "esf-kg release");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Release read(Path folder) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Release(Integer.parseInt(p.getProperty("number")), Instant.parse(p.getProperty("issued")),
                Optional.ofNullable(p.getProperty("previous")).map(Integer::parseInt),
                Long.parseLong(p.getProperty("triples", "0")), Long.parseLong(p.getProperty("projects", "0")),
                Long.parseLong(p.getProperty("added", "0")), Long.parseLong(p.getProperty("removed", "0")),
                folder);
    }
}
