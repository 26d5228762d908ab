package se.esfkg.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the input files under a folder (or the file itself) in a stable order, so that every run
 * sees pages in the same order. Only paths are held; documents are read one at a time.
 */
public final class SourceScanner {

    private SourceScanner() {
    }

    public static List<Path> scan(Path input) {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw new UncheckedIOException(new NoSuchFileException(input.toString(), null, "no such file or folder"));
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
