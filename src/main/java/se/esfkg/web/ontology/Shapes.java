package se.esfkg.web.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import se.esfkg.web.ontology.Vocabulary.Ref;

/** The SHACL shapes (ontology/shapes.ttl on the classpath), read as the constraints on each class. */
final class Shapes {

    static final String SH = "http://www.w3.org/ns/shacl#";

    /**
     * One property constraint: the path, how many values (e.g. "1", "0..1", "1.."), what kind of
     * value, the shape's own message, and whether breaking it is only a warning.
     */
    record Constraint(Ref path, String count, String value, String message, boolean warning) {
    }

    private final Model shapes;

    Shapes(Model shapes) {
        this.shapes = shapes;
    }

    static Shapes fromClasspath() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Shapes.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/shapes.ttl is not on the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Shapes(m);
    }

    List<Constraint> on(String classIri, Model labels, String lang) {
        List<Constraint> out = new ArrayList<>();
        Property targetClass = shapes.createProperty(SH + "targetClass");
        for (Resource shape : shapes.listSubjectsWithProperty(targetClass, shapes.getResource(classIri)).toList()) {
            for (Statement s : shape.listProperties(shapes.createProperty(SH + "property")).toList()) {
                Resource c = s.getResource();
                Resource path = c.getPropertyResourceValue(p("path"));
                out.add(new Constraint(pathRef(path, labels, lang), count(c), value(c), string(c, "message"),
                        isWarning(c)));
            }
        }
        return out;
    }

    /** A property IRI, or an inverse path written as SPARQL does ({@code ^esf:hasClassification}). */
    private Ref pathRef(Resource path, Model labels, String lang) {
        if (path != null && path.isURIResource()) {
            return Vocabulary.ref(labels, path, lang, RDFS.label, SKOS.prefLabel);
        }
        Resource inverse = path == null ? null : path.getPropertyResourceValue(p("inversePath"));
        if (inverse != null && inverse.isURIResource()) {
            String curie = "^" + Vocabulary.curie(inverse.getURI());
            return new Ref(inverse.getURI(), curie, curie);
        }
        return new Ref(null, "…", "…");
    }

    private boolean isWarning(Resource c) {
        Resource severity = c.getPropertyResourceValue(p("severity"));
        return severity != null && SH.concat("Warning").equals(severity.getURI());
    }

    private String count(Resource c) {
        Integer min = integer(c, "minCount");
        Integer max = integer(c, "maxCount");
        if (min == null && max == null) {
            Integer qmin = integer(c, "qualifiedMinCount");
            Integer qmax = integer(c, "qualifiedMaxCount");
            if (qmin == null && qmax == null) {
                return "";
            }
            min = qmin;
            max = qmax;
        }
        int lo = min == null ? 0 : min;
        if (max != null && max == lo) {
            return Integer.toString(lo);
        }
        return lo + ".." + (max == null ? "" : max);
    }

    private String value(Resource c) {
        for (String key : List.of("datatype", "class", "nodeKind")) {
            Resource v = c.getPropertyResourceValue(p(key));
            if (v != null && v.isURIResource()) {
                return Vocabulary.curie(v.getURI());
            }
        }
        Resource node = c.getPropertyResourceValue(p("node"));
        if (node != null && node.isURIResource()) {
            return Vocabulary.curie(node.getURI());
        }
        return "";
    }

    private Integer integer(Resource c, String key) {
        Statement s = c.getProperty(p(key));
        return s == null ? null : s.getInt();
    }

    private String string(Resource c, String key) {
        Statement s = c.getProperty(p(key));
        RDFNode o = s == null ? null : s.getObject();
        return o != null && o.isLiteral() ? o.asLiteral().getLexicalForm() : "";
    }

    private Property p(String local) {
        return shapes.createProperty(SH + local);
    }
}
