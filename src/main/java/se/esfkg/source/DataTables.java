package se.esfkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads esf-kg's own data tables (reference data, aliases, rules): UTF-8 CSV with a header row,
 * {@code #} comment lines and trimmed cells. A row a caller refuses is reported with its line.
 */
public final class DataTables {

    private DataTables() {
    }

    /** A table on the classpath, e.g. {@code /reference/municipalities.csv}. */
    public static void read(String resource, Consumer<CSVRecord> each) {
        InputStream in = DataTables.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            read(reader, resource, each);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static void read(Reader reader, String name, Consumer<CSVRecord> each) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord r : parser) {
                try {
                    each.accept(r);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(e.getMessage() + " [" + name + ":"
                            + parser.getCurrentLineNumber() + "]", e);
                }
            }
        }
    }
}
