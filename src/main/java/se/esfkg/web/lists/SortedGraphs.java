package se.esfkg.web.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

import se.esfkg.text.SortKeys;
import se.esfkg.web.site.Row;
import se.esfkg.web.site.SiteIris;
import se.esfkg.web.site.SiteQueries;

/**
 * A list read a page at a time from the graphs of sort keys the corpus statistics keep (one graph per
 * keys' first two characters, {@code derive.CorpusStatistics}), by keyset: a later page starts after
 * the last item of the one before, so no request sorts or counts its way through the whole corpus.
 * The graphs are read in key order, a few at a time, until the page is full.
 *
 * @param graphs every graph of keys of the list, in key order
 * @param namespace what the names of the list's graphs begin with
 */
record SortedGraphs(List<KeyGraph> graphs, String namespace) {

    /** Where a later page starts: after this item, whose sort key is {@code key}. */
    record Cursor(Node item, String key) {
    }

    /** One graph of keys: its name, the first characters its keys share, how many items it holds. */
    record KeyGraph(Node graph, String prefix, long size) {
    }

    /** The parameter naming the item a page starts after: its IRI relative to the base. */
    static final String AFTER = "after";
    private static final java.util.regex.Pattern RELATIVE_IRI = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~%/-]{0,299}");

    /** The {@code after} parameter when it can be an item's IRI relative to the base, else null. */
    static String after(Map<String, String> params) {
        String after = params.get(AFTER);
        return after != null && RELATIVE_IRI.matcher(after).matches() && !after.contains("..") ? after : null;
    }

    /** The {@code after} value of the page that follows {@code lastItem}. */
    static String next(SiteIris iris, String lastItem) {
        return lastItem.startsWith(iris.base()) ? lastItem.substring(iris.base().length()) : null;
    }

    /** At or below this many matching items (known from the tallies), they are found from the filters first. */
    static final long DIRECT = 2_000;

    SortedGraphs {
        graphs = List.copyOf(graphs);
    }

    /** The graphs of one list: those named under {@code namespace}, whose size is counted by {@code counted}. */
    static SortedGraphs of(DatasetGraph dataset, String namespace, Node counted) {
        List<KeyGraph> graphs = SiteQueries.select(dataset, "sort-key-graphs", Map.of("counted", counted)).stream()
                .filter(r -> r.iri("graph") != null && r.iri("graph").startsWith(namespace))
                .map(r -> new KeyGraph(r.node("graph").orElseThrow(), r.text("prefix"), r.integer("size")))
                .sorted(Comparator.comparing(KeyGraph::prefix)).toList();
        return new SortedGraphs(graphs, namespace);
    }

    long total() {
        return graphs.stream().mapToLong(KeyGraph::size).sum();
    }

    /** The cursor after {@code item}, or null when it is not in the list. */
    static Cursor cursor(DatasetGraph dataset, Node item) {
        List<Row> rows = SiteQueries.select(dataset, "sort-key-of", Map.of("item", item));
        return rows.stream().map(r -> r.text("key")).filter(k -> k != null).min(Comparator.naturalOrder())
                .map(k -> new Cursor(item, k)).orElse(null);
    }

    /**
     * Up to {@code want} rows ({@code ?<itemVar>}, {@code ?key}) in key order after {@code after} (null:
     * from the start). {@code walk} reads the graphs given as {@code VALUES ?g}; {@code direct} finds
     * the items from the filters first and is used when at most {@code directLimit} (normally
     * {@link #DIRECT}) can match ({@code matching}, an upper bound from the tallies). Both take the same
     * patterns and bindings.
     */
    List<Row> page(DatasetGraph dataset, String walk, String direct, String itemVar, List<String> patterns,
            Map<String, Node> bindings, long matching, long directLimit, Cursor after, int want) {
        List<String> all = new ArrayList<>(patterns);
        Map<String, Node> values = new HashMap<>(bindings);
        if (after != null) {
            all.add("FILTER(?key > ?a_key || (?key = ?a_key && STR(?" + itemVar + ") > ?a_item))");
            values.put("a_key", NodeFactory.createLiteralString(after.key()));
            values.put("a_item", NodeFactory.createLiteralString(after.item().getURI()));
        }
        if (matching <= directLimit) {
            values.put("keyGraphs", NodeFactory.createLiteralString(namespace));
            return SiteQueries.select(dataset, SiteQueries.limited(SiteQueries.withPatterns(direct, all), want), values);
        }
        Query query = SiteQueries.withPatterns(walk, all);
        // Graphs a batch spans: enough keys to expect a full page at the filters' share of the corpus,
        // four times more on each batch that falls short.
        long total = Math.max(1, total());
        double share = Math.max(1e-6, Math.min(1.0, (double) matching / total));
        long budget = (long) Math.ceil(want / share * 1.5);
        List<Row> found = new ArrayList<>();
        int next = after == null ? 0 : firstFrom(SortKeys.prefix(after.key()));
        while (found.size() < want && next < graphs.size()) {
            List<Node> batch = new ArrayList<>();
            long keys = 0;
            while (next < graphs.size() && (batch.isEmpty() || keys < budget)) {
                batch.add(graphs.get(next).graph());
                keys += graphs.get(next).size();
                next++;
            }
            found.addAll(SiteQueries.select(dataset,
                    SiteQueries.limited(SiteQueries.withValues(query, "g", batch), want - found.size()), values));
            budget *= 4;
        }
        return found;
    }

    /** A page's key row and the row describing its item. */
    record Described(Row key, Row row) {
    }

    /**
     * The page's items described by the site query {@code describe} (its items given as {@code VALUES
     * ?<itemVar>}), in the order of {@code keys}: for each, the row whose {@code nameVar} the key was made
     * from (an item can have several names), else its first row; an item without a row is left out.
     */
    static List<Described> describe(DatasetGraph dataset, String describe, String itemVar, String nameVar,
            List<Row> keys, String lang) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Node> items = keys.stream().map(r -> r.node(itemVar).orElseThrow()).toList();
        Map<String, List<Row>> rows = new HashMap<>();
        SiteQueries.select(dataset, SiteQueries.withValues(SiteQueries.query(describe), itemVar, items),
                Map.of("lang", NodeFactory.createLiteralString(lang)))
                .forEach(r -> rows.computeIfAbsent(r.iri(itemVar), k -> new ArrayList<>()).add(r));
        List<Described> described = new ArrayList<>();
        for (Row key : keys) {
            List<Row> of = rows.getOrDefault(key.iri(itemVar), List.of());
            of.stream().filter(r -> SortKeys.of(r.text(nameVar)).equals(key.text("key"))).findFirst()
                    .or(() -> of.stream().findFirst())
                    .ifPresent(r -> described.add(new Described(key, r)));
        }
        return described;
    }

    /** The first graph whose keys can come at or after a key with this prefix. */
    private int firstFrom(String prefix) {
        for (int i = 0; i < graphs.size(); i++) {
            if (graphs.get(i).prefix().compareTo(prefix) >= 0) {
                return i;
            }
        }
        return graphs.size();
    }
}
