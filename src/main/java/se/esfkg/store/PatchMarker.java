package se.esfkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * "A patch is in progress in this database": written and flushed inside the patch's write
 * transaction, before it commits, and deleted only after the manifest and the text index agree
 * with the committed data. The TDB2 journal makes the quads all-or-nothing; this file covers what
 * lies outside that transaction. Whoever opens a database with it left over ({@link LivePatch#recover})
 * re-indexes the text of its subjects and graphs from the data as it now is (committed or rolled back),
 * and marks its graphs unknown in the manifest, so the next load re-applies them.
 *
 * @param revision the revision the patch moves the database to
 * @param graphs the graphs the patch drops, replaces or adds
 * @param textSubjects the text index keys of subjects that had text in the dropped graphs before
 */
record PatchMarker(int revision, Set<String> graphs, Set<String> textSubjects) {

    static final String FILE = "patch-in-progress";

    PatchMarker {
        graphs = Set.copyOf(graphs);
        textSubjects = Set.copyOf(textSubjects);
    }

    void write(Path dbDir) {
        StringBuilder s = new StringBuilder("revision\t").append(revision).append('\n');
        graphs.stream().sorted().forEach(g -> s.append("graph\t").append(g).append('\n'));
        textSubjects.stream().sorted().forEach(k -> s.append("subject\t").append(k).append('\n'));
        try {
            Revision.writeDurably(dbDir.resolve(FILE), s.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<PatchMarker> read(Path dbDir) {
        Path f = dbDir.resolve(FILE);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        int revision = 0;
        Set<String> graphs = new LinkedHashSet<>();
        Set<String> subjects = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                String value = line.substring(tab + 1);
                switch (line.substring(0, tab)) {
                    case "revision" -> revision = Integer.parseInt(value);
                    case "graph" -> graphs.add(value);
                    case "subject" -> subjects.add(value);
                    default -> throw new StoreException("bad line in " + f + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new PatchMarker(revision, graphs, subjects));
    }

    static void delete(Path dbDir) {
        try {
            Files.deleteIfExists(dbDir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DataDir.fsyncDir(dbDir);
    }
}
