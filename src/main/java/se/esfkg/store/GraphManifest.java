package se.esfkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a database holds: for each named graph, the SHA-256 of its sorted, de-duplicated N-Quads
 * lines and its quad count. Stored beside the database as {@code manifest.tsv}; comparing two
 * manifests tells a rebuild which graphs it must (re)load.
 */
public record GraphManifest(Map<String, Entry> graphs) {

    public record Entry(String sha256, long quads) {
    }

    public static final String FILE = "manifest.tsv";

    public GraphManifest {
        graphs = Collections.unmodifiableMap(new TreeMap<>(graphs));
    }

    public static GraphManifest empty() {
        return new GraphManifest(Map.of());
    }

    public long totalQuads() {
        return graphs.values().stream().mapToLong(Entry::quads).sum();
    }

    /** Graphs to load from the input and graphs to drop, going from {@code this} to {@code next}. */
    public Diff diff(GraphManifest next) {
        Set<String> added = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        Set<String> unchanged = new LinkedHashSet<>();
        next.graphs.forEach((g, e) -> {
            Entry old = graphs.get(g);
            if (old == null) {
                added.add(g);
            } else if (old.equals(e)) {
                unchanged.add(g);
            } else {
                changed.add(g);
            }
        });
        Set<String> removed = new LinkedHashSet<>(graphs.keySet());
        removed.removeAll(next.graphs.keySet());
        return new Diff(added, changed, removed, unchanged);
    }

    public record Diff(Set<String> added, Set<String> changed, Set<String> removed, Set<String> unchanged) {
        public boolean isEmpty() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
        }

        /** Graphs whose quads come from the input in this build. */
        public Set<String> toLoad() {
            Set<String> s = new LinkedHashSet<>(added);
            s.addAll(changed);
            return s;
        }

        /** Graphs whose old quads must leave a cloned database. */
        public Set<String> toDrop() {
            Set<String> s = new LinkedHashSet<>(changed);
            s.addAll(removed);
            return s;
        }
    }

    public void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("# graph\tsha256\tquads");
        graphs.forEach((g, e) -> lines.add(g + "\t" + e.sha256() + "\t" + e.quads()));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GraphManifest read(Path file) {
        Map<String, Entry> m = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException("bad manifest line \"" + line + "\" [" + file + "]");
                }
                m.put(f[0], new Entry(f[1], Long.parseLong(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GraphManifest(m);
    }

    /**
     * Whether the manifest in the database folder {@code dbDir} agrees with its data: false from the
     * moment a patch commits until it has written the manifest ({@link PatchMarker}).
     */
    public static boolean isSettled(Path dbDir) {
        return !Files.exists(dbDir.resolve(PatchMarker.FILE));
    }
}
