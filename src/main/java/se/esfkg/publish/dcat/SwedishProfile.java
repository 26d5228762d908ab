package se.esfkg.publish.dcat;

import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The DCAT-AP-SE requirements the official DCAT-AP shapes do not check
 * ({@code publish/dcat-ap-se.ttl}). Every catalog is checked before it is written, so a
 * misconfiguration (publisher equal to contact, a non-canonical licence IRI) stops the run
 * instead of reaching a portal.
 */
public final class SwedishProfile {

    public static final String SHAPES = "publish/dcat-ap-se.ttl";
    private static final Shapes PARSED = load();

    private SwedishProfile() {
    }

    private static Shapes load() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = SwedishProfile.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES + " is missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Shapes.parse(g);
    }

    /** Every violation as "focus node: path: message"; empty when the catalog conforms. */
    public static List<String> violations(Graph catalog) {
        ValidationReport report = ShaclValidator.get().validate(PARSED, catalog);
        return report.getEntries().stream().filter(e -> e.severity().level().equals(Severity.Violation.level()))
                .map(e -> e.focusNode() + ": " + (e.resultPath() == null ? "" : e.resultPath() + ": ") + e.message())
                .sorted().toList();
    }

    static void check(Graph catalog) {
        List<String> v = violations(catalog);
        if (!v.isEmpty()) {
            throw new IllegalStateException("the catalog breaks the Swedish profile DCAT-AP-SE ("
                    + v.size() + "):\n  " + String.join("\n  ", v));
        }
    }
}
