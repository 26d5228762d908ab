package se.esfkg.web.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import se.esfkg.web.site.Page;
import se.esfkg.web.site.Row;
import se.esfkg.web.site.SiteIris;
import se.esfkg.web.site.SiteQueries;

/** The municipality list: all of Sweden's municipalities, filtered by county, with their projects. */
public final class MunicipalityList {

    public static final int PAGE_SIZE = 50;
    private static final String COUNTY_PATTERN = "FILTER(?county = ?f_county)";

    public record Criteria(String county, int page) {
        public static Criteria from(Map<String, String> params) {
            String county = params.get("county");
            return new Criteria(SiteIris.isKey(county) ? county : null, ProjectList.parsePage(params.get("page")));
        }
    }

    public record MunicipalityItem(String iri, String name, String code, String countyIri, String county,
            long projects, long mentions) {
    }

    public record County(String key, String name) {
    }

    private final SiteIris iris;

    public MunicipalityList(SiteIris iris) {
        this.iris = iris;
    }

    public Page<MunicipalityItem> find(DatasetGraph dataset, Criteria criteria) {
        Map<String, Node> bindings = new HashMap<>();
        List<String> patterns = new ArrayList<>();
        if (criteria.county() != null) {
            patterns.add(COUNTY_PATTERN);
            bindings.put("f_county", NodeFactory.createURI(countyNamespace() + criteria.county()));
        }
        Page<Row> rows = SiteQueries.page(dataset, SiteQueries.withPatterns("municipalities", patterns), bindings,
                criteria.page(), PAGE_SIZE);
        return new Page<>(rows.items().stream().map(r -> new MunicipalityItem(r.iri("municipality"), r.text("name"),
                r.text("code"), r.iri("county"), r.text("countyName"), r.integer("projects"), r.integer("mentions")))
                .toList(), rows.total(), rows.number(), rows.size());
    }

    public List<County> counties(DatasetGraph dataset) {
        String namespace = countyNamespace();
        return SiteQueries.select(dataset, "counties", Map.of()).stream()
                .filter(r -> r.iri("county").startsWith(namespace))
                .map(r -> new County(r.iri("county").substring(namespace.length()), r.text("name")))
                .toList();
    }

    private String countyNamespace() {
        return iris.base() + "county/";
    }
}
