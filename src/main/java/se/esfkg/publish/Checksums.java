package se.esfkg.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.esfkg.output.FileDigests;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code SHA256SUMS} file of a published folder, in the format {@code sha256sum -c} reads. */
public final class Checksums {

    public static final String FILE = "SHA256SUMS";

    private Checksums() {
    }

    /** Checksums of the named files that exist in {@code dir}, in the order given. */
    public static List<FileChecksum> of(Path dir, List<String> fileNames) {
        return of(dir, fileNames, new FileDigests());
    }

    /** As {@link #of(Path, List)}, hashes already known to {@code digests} not read again. */
    public static List<FileChecksum> of(Path dir, List<String> fileNames, FileDigests digests) {
        List<FileChecksum> sums = new ArrayList<>();
        for (String name : fileNames) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                try {
                    sums.add(new FileChecksum(name, Files.size(f), digests.sha256(f)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return sums;
    }

    public static void write(Path dir, List<FileChecksum> sums) {
        String text = sums.stream().map(FileChecksum::sumsLine).collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.writeString(dir.resolve(FILE), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code dir/SHA256SUMS}; sizes are taken from the files still present (0 if gone). */
    public static List<FileChecksum> read(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        try {
            List<FileChecksum> sums = new ArrayList<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] parts = line.split(" [ *]", 2);
                if (parts.length == 2) {
                    Path file = dir.resolve(parts[1]);
                    long size = Files.isRegularFile(file) ? Files.size(file) : 0;
                    sums.add(new FileChecksum(parts[1], size, parts[0]));
                }
            }
            return sums;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<FileChecksum> find(List<FileChecksum> sums, String fileName) {
        return sums.stream().filter(s -> s.fileName().equals(fileName)).findFirst();
    }
}
