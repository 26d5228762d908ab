package se.esfkg.web.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import se.esfkg.web.PublicIris;

/**
 * A value that is a blank node has no address to follow, so the description carries its triples
 * (and its blank nodes' triples in turn): in the RDF, and shown in place on the page.
 */
class BlankNodeDescriptionTests {

    static final String ROOT = "https://w3id.org/esf-kg/";
    static final String SCHEMA = "http://schema.org/";

    // One project whose place is a blank node with a blank-node position inside it.
    static final String TRIG = """
            PREFIX schema: <http://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            GRAPH <https://w3id.org/esf-kg/id/source/x> {
              <https://w3id.org/esf-kg/id/project/p> rdfs:label "Projektet"@sv ;
                  schema:location [ schema:name "Lokalen"@sv ; schema:geo [ schema:latitude 56.16 ] ] .
            }
            """;

    final DatasetGraph dsg = DatasetGraphFactory.create();
    final Node project = NodeFactory.createURI(ROOT + "id/project/p");

    BlankNodeDescriptionTests() {
        RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg);
    }

    Description read() {
        return new DescriptionReader(10).read(dsg, project.getURI(), 1).orElseThrow();
    }

    @Test
    void theRdfDescriptionIsClosedOverBlankNodes() {
        StringWriter turtle = new StringWriter();
        Graph union = GraphFactory.createDefaultGraph();
        read().toDataset().find().forEachRemaining(q -> union.add(q.asTriple()));
        RDFDataMgr.write(turtle, union, Lang.TURTLE);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle.toString(), Lang.TURTLE).parse(back);
        // Both levels of blank nodes came along: the place's name and the position's latitude.
        assertThat(back.find(Node.ANY, NodeFactory.createURI(SCHEMA + "name"), Node.ANY).toList()).hasSize(1);
        assertThat(back.find(Node.ANY, NodeFactory.createURI(SCHEMA + "latitude"), Node.ANY).toList()).hasSize(1);
        assertThat(back.size()).isEqualTo(5);
    }

    @Test
    void thePageShowsABlankNodesPropertiesInPlace() {
        Description d = read();
        ResourcePage page = ResourcePage.of(dsg, d, Locale.ENGLISH, new PublicIris(ROOT), new ValueFormatter(Locale.ENGLISH));
        ResourcePage.Row location = page.properties().stream()
                .filter(r -> r.property().text().equals("schema:location")).findFirst().orElseThrow();
        ResourcePage.Link place = location.values().get(0);
        assertThat(place.href()).isNull();
        List<String> inner = place.details().stream().map(r -> r.property().text()).toList();
        assertThat(inner).containsExactlyInAnyOrder("schema:name", "schema:geo");
        assertThat(place.details().stream().filter(r -> r.property().text().equals("schema:name"))
                .flatMap(r -> r.values().stream()).map(ResourcePage.Link::text)).containsExactly("Lokalen");
        // A blank node's own rows are not listed again as the resource's.
        assertThat(page.properties()).extracting(r -> r.property().text()).doesNotContain("schema:name");
    }
}
