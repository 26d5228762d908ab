package se.esfkg.web.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import se.esfkg.map.Esf;
import se.esfkg.web.site.Labels;
import se.esfkg.web.site.Row;
import se.esfkg.web.site.SiteIris;
import se.esfkg.web.site.SiteQueries;

/**
 * The organisation list: who takes part in projects, in name order, filtered by kind of organisation;
 * names, numbers of projects and kinds' counts are read from the corpus statistics a page at a time.
 */
public final class OrganisationList {

    public static final int PAGE_SIZE = 50;
    static final String KIND_NAMESPACE = SiteIris.DEF + "organisation-type/";
    static final String MUNICIPALITY_KIND = "municipality";
    private static final String KIND_PATTERN = "?org esf:organisationType ?f_kind .";
    /** A municipality acting in a project is of the municipality kind unless it states another. */
    private static final String MUNICIPALITY_PATTERN = "?org a esf:Municipality . FILTER NOT EXISTS { ?org esf:organisationType ?declared }";

    /** What the visitor chose: a kind (last IRI part) and the organisation the page starts after (its IRI after the base). */
    public record Criteria(String kind, String after) {
        public static Criteria from(Map<String, String> params) {
            String kind = params.get("kind");
            return new Criteria(SiteIris.isKey(kind) ? kind : null, SortedGraphs.after(params));
        }
    }

    /** {@code label} names the parent when the unit's own name does not. */
    public record OrganisationItem(String iri, String label, String kindKey, String kind, String parentIri,
            long projects) {
    }

    public record Kind(String key, String label, long organisations) {
    }

    private final SiteIris iris;

    public OrganisationList(SiteIris iris) {
        this.iris = iris;
    }

    public KeysetPage<OrganisationItem> find(DatasetGraph dataset, Criteria criteria, String lang) {
        List<String> patterns = new ArrayList<>();
        Map<String, Node> bindings = new HashMap<>();
        SortedGraphs graphs = SortedGraphs.of(dataset, iris.base() + "graph/statistics/organisations/", Esf.organisationCount);
        Long total = graphs.total();
        if (criteria.kind() != null) {
            if (criteria.kind().equals(MUNICIPALITY_KIND)) {
                patterns.add(MUNICIPALITY_PATTERN);
            } else {
                patterns.add(KIND_PATTERN);
                bindings.put("f_kind", NodeFactory.createURI(KIND_NAMESPACE + criteria.kind()));
            }
            total = kinds(dataset, lang).stream().filter(k -> k.key().equals(criteria.kind()))
                    .mapToLong(Kind::organisations).sum();
        }
        SortedGraphs.Cursor after = criteria.after() == null ? null
                : SortedGraphs.cursor(dataset, NodeFactory.createURI(iris.base() + criteria.after()));
        List<Row> keys = graphs.page(dataset, "organisations-walk", "organisations-direct", "org", patterns, bindings,
                total, SortedGraphs.DIRECT, after, PAGE_SIZE + 1);
        List<Row> shown = keys.subList(0, Math.min(PAGE_SIZE, keys.size()));
        String next = keys.size() > PAGE_SIZE ? SortedGraphs.next(iris, shown.get(shown.size() - 1).iri("org")) : null;
        return new KeysetPage<>(items(dataset, shown, lang), total, after == null, next);
    }

    /** The kinds present, each with how many organisations are of it, in label order. */
    public List<Kind> kinds(DatasetGraph dataset, String lang) {
        return SiteQueries.select(dataset, "organisation-kinds", Map.of("lang", NodeFactory.createLiteralString(lang))).stream()
                .filter(r -> r.iri("kind") != null && r.iri("kind").startsWith(KIND_NAMESPACE))
                .map(r -> new Kind(r.iri("kind").substring(KIND_NAMESPACE.length()), Labels.first(r.iri("kind"), r.text("kindLabel")),
                        r.integer("organisations")))
                .sorted(Comparator.comparing(Kind::label, Labels.order())).toList();
    }

    /** Each shown organisation, named by the name its key was made from, in the order of the keys. */
    private List<OrganisationItem> items(DatasetGraph dataset, List<Row> keys, String lang) {
        return SortedGraphs.describe(dataset, "organisations", "org", "name", keys, lang).stream()
                .map(d -> item(d.row(), d.key().integer("projects"))).toList();
    }

    private static OrganisationItem item(Row r, long projects) {
        String kindIri = r.iri("kind");
        String kindKey = kindIri != null && kindIri.startsWith(KIND_NAMESPACE) ? kindIri.substring(KIND_NAMESPACE.length()) : null;
        return new OrganisationItem(r.iri("org"), Labels.withParent(r.text("name"), r.text("parentName")), kindKey,
                kindIri == null ? null : Labels.first(kindIri, r.text("kindLabel")), r.iri("parent"), projects);
    }
}
