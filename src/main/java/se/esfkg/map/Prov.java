package se.esfkg.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The PROV-O terms esf-kg uses. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final Node Activity = NodeFactory.createURI(NS + "Activity");
    public static final Node Entity = NodeFactory.createURI(NS + "Entity");
    public static final Node wasGeneratedBy = NodeFactory.createURI(NS + "wasGeneratedBy");
    public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");
    public static final Node agent = NodeFactory.createURI(NS + "agent");

    private Prov() {
    }
}
