package se.esfkg.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The schema.org terms esf-kg uses. */
public final class Schema {
    public static final String NS = "http://schema.org/";
    public static final Node startDate = NodeFactory.createURI(NS + "startDate");
    public static final Node endDate = NodeFactory.createURI(NS + "endDate");
    public static final Node contactPoint = NodeFactory.createURI(NS + "contactPoint");
    public static final Node ContactPoint = NodeFactory.createURI(NS + "ContactPoint");
    public static final Node name = NodeFactory.createURI(NS + "name");
    public static final Node email = NodeFactory.createURI(NS + "email");
    public static final Node telephone = NodeFactory.createURI(NS + "telephone");

    private Schema() {
    }
}
