package se.esfkg.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of files, each read once per command. One {@code load} needs the dump's hash to see
 * whether the latest release already publishes it, to trust its graph index, for the change set
 * and for {@code SHA256SUMS}: four reads of a 250 MB file at 100,000 pages, now one. A file is
 * known by its identity (the inode, where the file system has one), size and modification time: a
 * release's hard link to a dump is the same file, and the converter, which writes beside its output
 * and renames over it, makes a new one. Hold one for one command; files written meanwhile by
 * someone else in place, keeping size and time, would be missed, and nothing here writes so.
 */
public final class FileDigests {

    private final Map<Object, String> known = new ConcurrentHashMap<>();

    public String sha256(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        Object identity = a.fileKey() != null ? a.fileKey() : file.toRealPath();
        String key = identity + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis();
        String sha = known.get(key);
        if (sha == null) {
            sha = GraphIndex.fileSha256(file);
            known.put(key, sha);
        }
        return sha;
    }
}
