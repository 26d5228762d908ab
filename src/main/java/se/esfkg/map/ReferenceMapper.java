package se.esfkg.map;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import se.esfkg.resolve.County;
import se.esfkg.resolve.EsfRegion;
import se.esfkg.resolve.Municipality;
import se.esfkg.resolve.MunicipalityResolver;
import se.esfkg.resolve.ReferenceData;

/**
 * The reference graph: all 290 municipalities, 21 counties, 8 NUTS-2 regions and the national
 * scope, with their SCB and NUTS codes, so that every page graph can link to them.
 */
public final class ReferenceMapper {

    private static final String NUTS = "http://data.europa.eu/nuts/code/";
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final Iris iris;

    public ReferenceMapper(Iris iris) {
        this.iris = iris;
    }

    public Graph graph(ReferenceData reference, MunicipalityResolver names) {
        Graph g = GraphFactory.createDefaultGraph();
        List<EsfRegion> regions = new ArrayList<>(reference.regions());
        regions.add(ReferenceData.NATIONAL);
        for (EsfRegion r : regions) {
            Node node = iris.region(r.id());
            g.add(node, RDF.type.asNode(), Esf.EsfRegion);
            g.add(node, SKOS.prefLabel.asNode(), RdfMapper.sv(r.nameSv()));
            g.add(node, SKOS.prefLabel.asNode(), RdfMapper.lang(r.nameEn(), "en"));
            r.nutsCode().ifPresentOrElse(code -> {
                g.add(node, SKOS.notation.asNode(), RdfMapper.plain(code));
                g.add(node, SKOS.exactMatch.asNode(), NodeFactory.createURI(NUTS + code));
            }, () -> g.add(node, Esf.nationalScope, RdfMapper.bool(true)));
        }
        for (County c : reference.counties()) {
            Node node = iris.county(c.code());
            g.add(node, RDF.type.asNode(), Esf.County);
            g.add(node, SKOS.prefLabel.asNode(), RdfMapper.sv(c.name()));
            g.add(node, Esf.countyCode, RdfMapper.plain(c.code()));
            g.add(node, Esf.nuts3Code, RdfMapper.plain(c.nuts3()));
            g.add(node, Esf.nuts2Region, iris.region(c.nuts2()));
        }
        for (Municipality m : reference.municipalities()) {
            Node node = iris.municipality(m.code());
            g.add(node, RDF.type.asNode(), Esf.Municipality);
            g.add(node, SKOS.prefLabel.asNode(), RdfMapper.sv(names.formalName(m)));
            g.add(node, RDFS.label.asNode(), RdfMapper.sv(m.name()));
            g.add(node, Esf.municipalityCode, RdfMapper.plain(m.code()));
            g.add(node, Esf.county, iris.county(m.county().code()));
            g.add(node, Esf.nuts2Region, iris.region(m.nuts2()));
            m.wikidata().filter(q -> !q.isBlank())
                    .ifPresent(q -> g.add(node, OWL.sameAs.asNode(), NodeFactory.createURI(WIKIDATA + q)));
        }
        return g;
    }
}
