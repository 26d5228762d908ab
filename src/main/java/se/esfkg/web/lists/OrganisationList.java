package se.esfkg.web.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import se.esfkg.web.site.Labels;
import se.esfkg.web.site.Page;
import se.esfkg.web.site.Row;
import se.esfkg.web.site.SiteIris;
import se.esfkg.web.site.SiteQueries;

/** The organisation list: who takes part in projects, filtered by kind of organisation. */
public final class OrganisationList {

    public static final int PAGE_SIZE = 50;
    static final String KIND_NAMESPACE = SiteIris.DEF + "organisation-type/";
    private static final String KIND_PATTERN = "FILTER(?kind = ?f_kind)";

    public record Criteria(String kind, int page) {
        public static Criteria from(Map<String, String> params) {
            String kind = params.get("kind");
            return new Criteria(SiteIris.isKey(kind) ? kind : null, ProjectList.parsePage(params.get("page")));
        }
    }

    /** {@code label} names the parent when the unit's own name does not. */
    public record OrganisationItem(String iri, String label, String kindKey, String kind, String parentIri,
            long projects) {
    }

    public record Kind(String key, String label, long organisations) {
    }

    public Page<OrganisationItem> find(DatasetGraph dataset, Criteria criteria, String lang) {
        Map<String, Node> bindings = new HashMap<>();
        bindings.put("lang", NodeFactory.createLiteralString(lang));
        List<String> patterns = new ArrayList<>();
        if (criteria.kind() != null) {
            patterns.add(KIND_PATTERN);
            bindings.put("f_kind", NodeFactory.createURI(KIND_NAMESPACE + criteria.kind()));
        }
        Page<Row> rows = SiteQueries.page(dataset, SiteQueries.withPatterns("organisations", patterns), bindings,
                criteria.page(), PAGE_SIZE);
        return new Page<>(rows.items().stream().map(OrganisationList::item).toList(), rows.total(), rows.number(),
                rows.size());
    }

    /** The kinds present, each with how many organisations are of it, in label order. */
    public List<Kind> kinds(DatasetGraph dataset, String lang) {
        List<Row> rows = SiteQueries.select(dataset, SiteQueries.withPatterns("organisations", List.of()),
                Map.of("lang", NodeFactory.createLiteralString(lang)));
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (Row r : rows) {
            OrganisationItem item = item(r);
            if (item.kindKey() != null) {
                kinds.merge(item.kindKey(), new Kind(item.kindKey(), item.kind(), 1),
                        (a, b) -> new Kind(a.key(), a.label(), a.organisations() + 1));
            }
        }
        return kinds.values().stream().sorted(Comparator.comparing(Kind::label, Labels.order())).toList();
    }

    private static OrganisationItem item(Row r) {
        String kindIri = r.iri("kind");
        String kindKey = kindIri != null && kindIri.startsWith(KIND_NAMESPACE) ? kindIri.substring(KIND_NAMESPACE.length()) : null;
        return new OrganisationItem(r.iri("org"), Labels.withParent(r.text("label"), r.text("parentLabel")), kindKey,
                kindIri == null ? null : Labels.first(kindIri, r.text("kindLabel")), r.iri("parent"), r.integer("projects"));
    }
}
