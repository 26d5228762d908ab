package se.esfkg.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.source.SourceDocument;
import se.esfkg.source.SourceReader;

/** Test documents from the classpath or from inline text, read the way the pipeline reads files. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A resource under {@code src/test/resources}, named in messages by its file name. */
    public static SourceDocument resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return SourceReader.decode(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceDocument text(String name, String text) {
        return SourceReader.decode(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** What one run of a reader gave: the records and the problems. */
    public record Result(List<ProjectRecord> records, CollectingProblemReporter problems) {

        public ProjectRecord only() {
            if (records.size() != 1) {
                throw new AssertionError("expected one record, got " + records.size());
            }
            return records.get(0);
        }
    }

    public static Result parse(LayoutParser parser, SourceDocument doc) {
        List<ProjectRecord> records = new ArrayList<>();
        CollectingProblemReporter problems = new CollectingProblemReporter();
        parser.parse(doc, records::add, problems);
        return new Result(records, problems);
    }
}
