package se.esfkg.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The W3C Organization Ontology terms esf-kg uses. */
public final class Org {
    public static final String NS = "http://www.w3.org/ns/org#";
    public static final Node FormalOrganization = NodeFactory.createURI(NS + "FormalOrganization");
    public static final Node OrganizationalUnit = NodeFactory.createURI(NS + "OrganizationalUnit");
    public static final Node unitOf = NodeFactory.createURI(NS + "unitOf");

    private Org() {
    }
}
