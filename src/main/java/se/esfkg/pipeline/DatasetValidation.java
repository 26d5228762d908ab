package se.esfkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import se.esfkg.validate.ShapeValidator;

/**
 * validate: each named graph of a file is checked as convert checks a page — together with the
 * ontology, concept and reference graphs (the file's own when it has them, else the bundled ones).
 * A file of plain triples is checked as one graph. The file is read whole into memory.
 */
public final class DatasetValidation {

    private final StandardGraphs standard;
    private final ShapeValidator shapes;

    /** Built by {@link Converter#datasetValidation()}, with the graphs and shapes of its conversion. */
    DatasetValidation(StandardGraphs standard, ShapeValidator shapes) {
        this.standard = standard;
        this.shapes = shapes;
    }

    public record Result(Path file, int graphsChecked, List<String> violations) {
        public boolean conforms() {
            return violations.isEmpty();
        }

        public String report() {
            if (conforms()) {
                return file + ": conforms (" + graphsChecked + " graph(s) checked)";
            }
            return file + ": " + violations.size() + " violation(s) in " + graphsChecked + " graph(s) checked\n  "
                    + String.join("\n  ", violations);
        }
    }

    public Result validate(Path file) {
        DatasetGraph data = RDFDataMgr.loadDatasetGraph(file.toString());
        Map<Node, Graph> context = standard.graphs();
        List<Node> pages = new ArrayList<>();
        data.listGraphNodes().forEachRemaining(g -> {
            if (!context.containsKey(g)) {
                pages.add(g);
            }
        });
        List<String> violations = new ArrayList<>();
        if (!data.getDefaultGraph().isEmpty()) {
            violations.addAll(check("default graph", data.getDefaultGraph(), data, context));
        }
        for (Node g : pages) {
            violations.addAll(check(g.getURI(), data.getGraph(g), data, context));
        }
        int checked = pages.size() + (data.getDefaultGraph().isEmpty() ? 0 : 1);
        return new Result(file, checked, violations);
    }

    private List<String> check(String name, Graph page, DatasetGraph data, Map<Node, Graph> context) {
        MultiUnion union = new MultiUnion(new Graph[] {page});
        context.forEach((node, bundled) -> union.addGraph(data.containsGraph(node) ? data.getGraph(node) : bundled));
        return Converter.violations(shapes, union).stream().map(v -> name + ": " + v).toList();
    }
}
