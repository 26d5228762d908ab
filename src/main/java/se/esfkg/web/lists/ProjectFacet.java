package se.esfkg.web.lists;

import java.util.function.Function;

import org.apache.jena.graph.Node;

import se.esfkg.map.Esf;

import se.esfkg.web.site.SiteIris;

/**
 * The filters of the project list. Each names its URL parameter, the namespace its values live in,
 * the graph pattern that ties {@code ?project} to the chosen value {@code ?f_<param>}, and the property
 * its values' tallies are counted by.
 */
public enum ProjectFacet {
    REGION("region", iris -> iris.base() + "region/", "?project esf:region ?f_region .", Esf.region),
    COUNTY("county", iris -> iris.base() + "county/", "?project esf:municipality/esf:county ?f_county .", Esf.county),
    MUNICIPALITY("municipality", iris -> iris.base() + "municipality/", "?project esf:municipality ?f_municipality .",
            Esf.municipality),
    PROGRAMME_AREA("area", iris -> iris.base() + "concept/programme-area/", "?project esf:programmeArea ?f_area .",
            Esf.programmeArea),
    PHASE("phase", iris -> SiteIris.DEF + "phase/", "?project esf:phase ?f_phase .", Esf.phase),
    COOPERATION_MODEL("model", iris -> SiteIris.DEF + "cooperation-model/", "?project esf:cooperationModel ?f_model .",
            Esf.cooperationModel),
    TARGET_GROUP("group", iris -> SiteIris.DEF + "target-group/", "?project esf:targetGroup ?f_group .", Esf.targetGroup);

    private final String param;
    private final Function<SiteIris, String> namespace;
    private final String pattern;
    private final Node property;

    ProjectFacet(String param, Function<SiteIris, String> namespace, String pattern, Node property) {
        this.param = param;
        this.namespace = namespace;
        this.pattern = pattern;
        this.property = property;
    }

    /** The property the corpus statistics' tallies of this filter's values are counted by (esf:countedBy). */
    public Node property() {
        return property;
    }

    public String param() {
        return param;
    }

    /** The variable the pattern binds to the chosen value. */
    public String variable() {
        return "f_" + param;
    }

    public String pattern() {
        return pattern;
    }

    public String namespace(SiteIris iris) {
        return namespace.apply(iris);
    }

    /** Message key of the filter's label. */
    public String messageKey() {
        return "lists.filter." + param;
    }
}
