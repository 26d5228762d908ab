package se.esfkg.validate;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.path.PathWriter;
import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.output.Prefixes;

/**
 * Checks a graph against SHACL shapes, by default the knowledge base's ({@code ontology/shapes.ttl}).
 *
 * <p>The shapes are parsed once; a validator is immutable and can be shared between threads (each
 * call builds its own validation context). The shapes rely on types from the ontology, the concept
 * schemes and the reference graph, so validate a page's graph together with them, for example
 * {@code validate(ShapeValidator.withVocabulary(knowledge, page, reference))}.
 */
public final class ShapeValidator {

    /** Prefixes used to print paths and values. */
    public static final PrefixMapping PREFIXES = new PrefixMappingImpl().setNsPrefixes(Prefixes.all()).lock();

    private static final String SHACL_NS = "http://www.w3.org/ns/shacl#";

    private static final Comparator<ValidationIssue> ORDER = Comparator
            .comparing((ValidationIssue i) -> i.focusNode().toString())
            .thenComparing(ValidationIssue::severity)
            .thenComparing(i -> Objects.toString(i.path(), ""))
            .thenComparing(i -> Objects.toString(i.value(), ""))
            .thenComparing(ValidationIssue::message);

    private static final Node SPARQL = NodeFactory.createURI(SHACL_NS + "sparql");
    private static final Node SEVERITY = NodeFactory.createURI(SHACL_NS + "severity");
    private static final Node VIOLATION = NodeFactory.createURI(SHACL_NS + "Violation");
    private static final Node DEACTIVATED = NodeFactory.createURI(SHACL_NS + "deactivated");

    private final Graph shapesGraph;
    private final Shapes shapes;

    private ShapeValidator(Graph shapesGraph) {
        this.shapesGraph = shapesGraph;
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The validator for the knowledge base's shapes. */
    public static ShapeValidator of(KnowledgeBase knowledge) {
        return of(knowledge.shapes());
    }

    /** A validator for other shapes (tests, experiments). */
    public static ShapeValidator of(Graph shapesGraph) {
        return new ShapeValidator(shapesGraph);
    }

    /**
     * The same shapes as convert checks each page against: those that can find a violation in what
     * a page says. Left out are the SPARQL-based constraints, which check invariants of esf-kg's own
     * code (a shortcut triple and its role, a mention and its detail, the reference data's codes)
     * rather than of the input, and which cost half of a page's validation; {@code validate},
     * {@code load --shacl} and the tests check them over whole dumps. Warnings and notes are left out
     * too: convert acts on violations only.
     */
    public ShapeValidator forPages() {
        Graph profile = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(profile, shapesGraph);
        profile.remove(Node.ANY, SPARQL, Node.ANY);
        profile.find(Node.ANY, SEVERITY, Node.ANY).toList().stream()
                .filter(t -> !VIOLATION.equals(t.getObject()))
                .forEach(t -> profile.add(t.getSubject(), DEACTIVATED, NodeFactory.createLiteralDT("true",
                        XSDDatatype.XSDboolean)));
        return new ShapeValidator(profile);
    }

    /** All issues in {@code data}, ordered by focus node, severity, path; empty when it conforms. */
    public List<ValidationIssue> validate(Graph data) {
        return issues(ShaclValidator.get().validate(shapes, data));
    }

    private static List<ValidationIssue> issues(ValidationReport report) {
        // One value can fail two constraints of a property shape (datatype and language) with the
        // same message: report it once.
        Map<List<Object>, ValidationIssue> unique = new LinkedHashMap<>();
        for (ReportEntry entry : report.getEntries()) {
            ValidationIssue issue = toIssue(entry);
            unique.putIfAbsent(Arrays.asList(issue.severity(), issue.focusNode(), issue.path(), issue.value(),
                    issue.message()), issue);
        }
        return unique.values().stream().sorted(ORDER).toList();
    }

    /**
     * The violations in {@code data}, as {@link #validate} gives them; empty when it has none. Runs
     * the same validation steps as Jena's plain validation (every target shape over each of its focus
     * nodes), but builds the report graph only when some result was reported: for the pages that
     * conform, nearly all, that graph was a sixth of their validation.
     */
    public List<ValidationIssue> violations(Graph data) {
        return violations(data, focus -> true);
    }

    /**
     * The violations of the focus nodes {@code about} accepts, found as {@link #violations(Graph)}
     * finds them in {@code data}. For a page validated in a view that adds fixed graphs (the
     * ontology, concepts, reference data), the page's own nodes: a fixed graph's resource that the
     * page does not name is the same in every view, and is checked once, not once per page.
     */
    public List<ValidationIssue> violations(Graph data, Predicate<Node> about) {
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : VLib.focusNodes(data, shape)) {
                if (about.test(focus)) {
                    VLib.validateShape(context, data, shape, focus);
                }
            }
        }
        if (!context.hasViolation()) {
            return List.of();
        }
        return issues(context.generateReport()).stream().filter(ValidationIssue::isViolation).toList();
    }

    /** True when {@code data} has no violations (warnings allowed). */
    public boolean conforms(Graph data) {
        return validate(data).stream().noneMatch(ValidationIssue::isViolation);
    }

    /** A readable report: one line per issue, focus node first; {@code "conforms"} when empty. */
    public static String report(Collection<ValidationIssue> issues) {
        if (issues.isEmpty()) {
            return "conforms";
        }
        return issues.stream().map(i -> i.format(PREFIXES)).collect(Collectors.joining("\n"));
    }

    /** A read-only union of {@code graphs} (a page, the reference graph …) and the knowledge base's vocabulary. */
    public static Graph withVocabulary(KnowledgeBase knowledge, Graph... graphs) {
        MultiUnion union = new MultiUnion();
        for (Graph g : graphs) {
            union.addGraph(g);
        }
        union.addGraph(knowledge.vocabulary());
        return new GraphReadOnly(union);
    }

    private static ValidationIssue toIssue(ReportEntry entry) {
        String path = entry.resultPath() == null ? null
                : PathWriter.asString(entry.resultPath(), new Prologue(PREFIXES));
        Node component = entry.sourceConstraintComponent();
        String componentName = component == null ? null
                : component.isURI() ? component.getURI().replace(SHACL_NS, "") : component.toString();
        // Node-level and SPARQL constraints without ?value report the focus node as value: drop it.
        Node value = entry.focusNode().equals(entry.value()) ? null : entry.value();
        return new ValidationIssue(severity(entry.severity()), entry.focusNode(), path, value,
                message(entry), componentName);
    }

    private static ValidationIssue.Severity severity(Severity s) {
        if (Severity.Warning.equals(s)) {
            return ValidationIssue.Severity.WARNING;
        }
        if (Severity.Info.equals(s)) {
            return ValidationIssue.Severity.INFO;
        }
        return ValidationIssue.Severity.VIOLATION;
    }

    /** The English sh:message if there are several, else the one there is, else Jena's own text. */
    private static String message(ReportEntry entry) {
        Collection<Node> messages = entry.messages();
        if (messages != null && !messages.isEmpty()) {
            return messages.stream()
                    .filter(n -> n.isLiteral() && n.getLiteralLanguage().toLowerCase().startsWith("en"))
                    .findFirst()
                    .or(() -> messages.stream().filter(Node::isLiteral).findFirst())
                    .map(Node::getLiteralLexicalForm)
                    .orElse(entry.message());
        }
        return entry.message() == null ? "(no message)" : entry.message();
    }
}
