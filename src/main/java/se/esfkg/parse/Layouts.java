package se.esfkg.parse;

import java.util.List;
import java.util.Optional;
import se.esfkg.parse.csvexport.CsvExportParser;
import se.esfkg.parse.layouta.LayoutAParser;
import se.esfkg.parse.layoutb.LayoutBParser;
import se.esfkg.parse.layoutc.LayoutCParser;

/** The registry of readers, tried in order; the first that accepts a document reads it. */
public final class Layouts {

    private static final List<LayoutParser> ALL = List.of(
            new LayoutAParser(),
            new LayoutBParser(),
            new LayoutCParser(),
            new CsvExportParser());

    private Layouts() {
    }

    public static List<LayoutParser> all() {
        return ALL;
    }

    public static Optional<LayoutParser> detect(se.esfkg.source.SourceDocument document) {
        return ALL.stream().filter(p -> p.accepts(document)).findFirst();
    }
}
