package se.esfkg.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One of esf-kg's own data tables (reference data, aliases, rule words): UTF-8 CSV with a header
 * row, {@code #} comment lines and trimmed cells, read whole. A row a reader refuses is reported
 * with the table's name and the row's line.
 */
public record Table(String name, List<Row> rows) {

    public Table {
        rows = List.copyOf(rows);
    }

    /** One row: its cells by column name, and the line it starts on. */
    public record Row(Map<String, String> cells, long line) {

        public Row {
            cells = Map.copyOf(cells);
        }

        /** The cell of a column the table has; an absent column is an error in the table. */
        public String get(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column \"" + column + "\"");
            }
            return v;
        }

        public boolean isMapped(String column) {
            return cells.containsKey(column);
        }
    }

    public static Table parse(String name, Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord r : parser) {
                rows.add(new Row(r.toMap(), parser.getCurrentLineNumber()));
            }
        }
        return new Table(name, rows);
    }

    /** A table on the class path, named by its location there: {@code reference/municipalities.csv}. */
    public static Table fromClasspath(String name) {
        InputStream in = Table.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(name, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** A table written in place, for tests and small inline tables. */
    public static Table of(String name, String csv) {
        try {
            return parse(name, new StringReader(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands every row to {@code each}; a row it refuses is reported as {@code message [name:line]}. */
    public void forEach(Consumer<Row> each) {
        for (Row r : rows) {
            try {
                each.accept(r);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(e.getMessage() + " [" + name + ":" + r.line() + "]", e);
            }
        }
    }
}
