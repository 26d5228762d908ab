package se.esfkg.web.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * The SELECT queries behind the site's pages, kept as text in {@code queries/site/*.rq} on the
 * classpath. Values a visitor chose are bound as RDF terms (Jena's substitution), never pasted into
 * query text; optional filters are fixed pattern strings spliced at a line holding only {@code #FILTERS}.
 */
public final class SiteQueries {

    private static final String FOLDER = "/queries/site/";
    /** A line holding only this comment is where optional patterns go. */
    private static final Pattern FILTERS_MARKER = Pattern.compile("(?m)^[ \\t]*#FILTERS[ \\t]*$");
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private SiteQueries() {
    }

    /** The text of {@code queries/site/<name>.rq}. */
    public static String text(String name) {
        return TEXTS.computeIfAbsent(name, n -> {
            try (InputStream in = SiteQueries.class.getResourceAsStream(FOLDER + n + ".rq")) {
                if (in == null) {
                    throw new IllegalArgumentException("no query " + FOLDER + n + ".rq");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The named query with {@code patterns} (constant SPARQL, not visitor input) at its #FILTERS marker. */
    public static Query withPatterns(String name, List<String> patterns) {
        String text = text(name);
        Matcher marker = FILTERS_MARKER.matcher(text);
        if (!marker.find()) {
            throw new IllegalArgumentException(name + " has no #FILTERS line");
        }
        return QueryFactory.create(marker.replaceFirst(Matcher.quoteReplacement(String.join("\n", patterns))));
    }

    /**
     * The query with {@code VALUES ?var { nodes }} as the first element of its pattern, so the rest is
     * evaluated once per value (the terms are RDF nodes read from the database, never query text).
     */
    public static Query withValues(Query query, String var, List<Node> nodes) {
        Query q = query.cloneQuery();
        ElementData values = new ElementData();
        Var v = Var.alloc(var);
        values.add(v);
        nodes.forEach(n -> values.add(BindingFactory.binding(v, n)));
        ElementGroup group = new ElementGroup();
        group.addElement(values);
        if (q.getQueryPattern() instanceof ElementGroup body) {
            body.getElements().forEach(group::addElement);
        } else {
            group.addElement(q.getQueryPattern());
        }
        q.setQueryPattern(group);
        return q;
    }

    /** The query with at most {@code limit} rows. */
    public static Query limited(Query query, long limit) {
        Query q = query.cloneQuery();
        q.setLimit(limit);
        return q;
    }

    public static Query query(String name) {
        return QueryFactory.create(text(name));
    }

    /** Runs a SELECT with the given variable bindings, in a read transaction unless one is open. */
    public static List<Row> select(DatasetGraph dataset, Query query, Map<String, Node> bindings) {
        return inRead(dataset, () -> run(dataset, query, bindings));
    }

    private static List<Row> run(DatasetGraph dataset, Query query, Map<String, Node> bindings) {
        var builder = QueryExec.dataset(dataset).query(query);
        bindings.forEach((name, value) -> builder.substitution(Var.alloc(name), value));
        try (QueryExec exec = builder.build()) {
            RowSet rows = exec.select();
            List<Row> out = new ArrayList<>();
            // Detached: TDB2 resolves a binding's terms lazily, which fails once the transaction ends.
            rows.forEachRemaining(b -> out.add(new Row(b.detach())));
            return out;
        }
    }

    /**
     * Runs {@code work} in a read transaction, or in the caller's when one is open (a page that reads
     * through LiveData.read keeps one generation for all its queries). Not Txn.calculateRead: on an
     * exception it aborts the caller's transaction too.
     */
    private static <T> T inRead(DatasetGraph dataset, Supplier<T> work) {
        if (dataset.isInTransaction()) {
            return work.get();
        }
        dataset.begin(TxnType.READ);
        try {
            return work.get();
        } finally {
            dataset.end();
        }
    }

    public static List<Row> select(DatasetGraph dataset, String name, Map<String, Node> bindings) {
        return select(dataset, query(name), bindings);
    }

    /**
     * Page {@code number} (from 1) of an ordered SELECT, and how many rows the whole answer has
     * (counted by a second query that wraps the first), both in one read transaction.
     */
    public static Page<Row> page(DatasetGraph dataset, Query query, Map<String, Node> bindings, int number, int size) {
        Query slice = query.cloneQuery();
        slice.setOffset(Page.offset(number, size));
        slice.setLimit(size);
        Query count = countOf(query);
        return inRead(dataset, () -> {
            List<Row> rows = run(dataset, slice, bindings);
            List<Row> total = run(dataset, count, bindings);
            return new Page<>(rows, total.isEmpty() ? 0 : total.get(0).integer("count"), Math.max(1, number), size);
        });
    }

    private static Query countOf(Query query) {
        Query inner = query.cloneQuery();
        if (inner.getOrderBy() != null) {
            inner.getOrderBy().clear();
        }
        inner.setLimit(Query.NOLIMIT);
        inner.setOffset(Query.NOLIMIT);
        Query count = new Query();
        count.setQuerySelectType();
        count.setPrefixMapping(inner.getPrefixMapping());
        count.setQueryPattern(new ElementSubQuery(inner));
        count.addResultVar("count", count.allocAggregate(AggregatorFactory.createCount(false)));
        return count;
    }
}
