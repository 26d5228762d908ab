package se.esfkg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * During the scan, writes out the graphs that differ from the live database, as long as there are
 * few enough of them for a patch build ({@code limit}); past the limit (or with {@code limit < 0})
 * it gives up and the build reads the input itself.
 */
final class Spill implements GraphHasher.GraphListener, AutoCloseable {

    private final Path file;
    private final GraphManifest live;
    private final int limit;
    private BufferedWriter out;
    private int graphs;
    private boolean usable;

    Spill(Path file, GraphManifest live, int limit) throws IOException {
        this.file = file;
        this.live = live;
        this.limit = limit;
        Files.deleteIfExists(file);
        if (limit >= 0) {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            usable = true;
        }
    }

    @Override
    public void graph(String graph, GraphManifest.Entry entry, Collection<String> sortedLines) {
        if (!usable || entry.equals(live.graphs().get(graph))) {
            return;
        }
        if (++graphs > limit) {
            usable = false;
            return;
        }
        try {
            for (String l : sortedLines) {
                out.write(l);
                out.write(l.endsWith(" .") ? "\n" : " .\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean usable() {
        return usable;
    }

    /** Closes the file and returns it for reading. */
    Path finish() throws IOException {
        out.close();
        return file;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
        Files.deleteIfExists(file);
    }
}
