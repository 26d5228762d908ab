package se.esfkg.web.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.queryparser.classic.QueryParserBase;

import se.esfkg.web.site.Page;
import se.esfkg.web.site.Row;
import se.esfkg.web.site.SiteQueries;

/**
 * Full-text search over the live database's Lucene index (Swedish analysis, see docs/store.md).
 * The visitor's words go to Lucene as typed, so quotes make a phrase and AND/OR/NOT work; a query
 * Lucene cannot parse is searched again with its special characters escaped.
 */
public final class TextSearch {

    public static final int PAGE_SIZE = 20;
    static final int MAX_QUERY_LENGTH = 300;

    /** A project found, with the section headings that matched and a passage with the match marked. */
    public record Hit(String project, String title, List<String> sections, Snippet snippet) {
    }

    public Page<Hit> search(DatasetGraph dataset, String query, int page) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new Page<>(List.of(), 0, 1, PAGE_SIZE);
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        Page<Row> rows;
        try {
            rows = run(dataset, q, page);
        } catch (TextIndexParseException e) {
            rows = run(dataset, QueryParserBase.escape(q), page);
        }
        List<String> words = Snippet.words(q);
        List<Hit> hits = rows.items().stream().map(r -> new Hit(r.iri("project"), r.text("title"),
                r.text("headings") == null || r.text("headings").isEmpty() ? List.of()
                        : Arrays.stream(r.text("headings").split("\n")).sorted().toList(),
                Snippet.of(r.text("sample"), words))).toList();
        return new Page<>(hits, rows.total(), rows.number(), rows.size());
    }

    private static Page<Row> run(DatasetGraph dataset, String luceneQuery, int page) {
        return SiteQueries.page(dataset, SiteQueries.query("search"),
                Map.of("q", NodeFactory.createLiteralString(luceneQuery)), page, PAGE_SIZE);
    }
}
