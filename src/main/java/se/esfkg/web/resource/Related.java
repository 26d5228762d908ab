package se.esfkg.web.resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import se.esfkg.map.Esf;
import se.esfkg.map.Org;
import se.esfkg.map.Prov;

/**
 * What a resource is related to through others, by paths of links: the organisations working in a
 * municipality (its projects' roles' agents), an organisation's projects (through its and its units'
 * roles). Each path is kept with the triples it walked, so the RDF description carries the chain and a
 * client can see why a thing is listed.
 *
 * @param key names the relation for people (message {@code resource.related.<key>})
 * @param steps the links to follow, in order
 */
record Related(String key, List<Related.Step> steps) {

    /** One link to follow, forwards (subject to object) or backwards. */
    record Step(Node property, boolean backwards) {
        static Step out(Node p) {
            return new Step(p, false);
        }

        static Step in(Node p) {
            return new Step(p, true);
        }
    }

    /** What one relation found: the things at its ends, and for each the triples on the way. */
    record Found(List<Node> ends, Map<Node, List<Quad>> chains) {

        /** The triples leading to {@code some} of the ends, each once. */
        List<Quad> chainsOf(List<Node> some) {
            Set<Quad> quads = new LinkedHashSet<>();
            some.forEach(end -> quads.addAll(chains.getOrDefault(end, List.of())));
            return List.copyOf(quads);
        }
    }

    /** The relations the site shows; a path that finds nothing is not shown. */
    static final List<Related> STANDARD = List.of(
            new Related("organisations-here", List.of(Step.in(Esf.municipality), Step.out(Esf.hasRole), Step.out(Prov.agent))),
            new Related("projects", List.of(Step.in(Prov.agent), Step.in(Esf.hasRole))),
            new Related("projects", List.of(Step.in(Org.unitOf), Step.in(Prov.agent), Step.in(Esf.hasRole))));

    /** The relations of {@code start} by key, paths with the same key merged, ends in first-found order. */
    static Map<String, Found> of(DatasetGraph dsg, Node start) {
        Map<String, Map<Node, List<Quad>>> byKey = new LinkedHashMap<>();
        for (Related r : STANDARD) {
            Map<Node, List<Quad>> chains = r.walk(dsg, start);
            if (!chains.isEmpty()) {
                Map<Node, List<Quad>> merged = byKey.computeIfAbsent(r.key(), k -> new LinkedHashMap<>());
                chains.forEach((end, quads) -> merged.computeIfAbsent(end, k -> new ArrayList<>()).addAll(quads));
            }
        }
        Map<String, Found> found = new LinkedHashMap<>();
        byKey.forEach((key, chains) -> {
            chains.remove(start);
            if (!chains.isEmpty()) {
                found.put(key, new Found(List.copyOf(chains.keySet()), chains));
            }
        });
        return found;
    }

    /** Each end of this path from {@code start}, with the triples that lead to it. */
    private Map<Node, List<Quad>> walk(DatasetGraph dsg, Node start) {
        Map<Node, List<Quad>> frontier = new LinkedHashMap<>();
        frontier.put(start, List.of());
        for (Step step : steps) {
            Map<Node, List<Quad>> next = new LinkedHashMap<>();
            frontier.forEach((node, path) -> {
                var it = step.backwards() ? dsg.find(Node.ANY, Node.ANY, step.property(), node)
                        : dsg.find(Node.ANY, node, step.property(), Node.ANY);
                it.forEachRemaining(q -> {
                    Node reached = step.backwards() ? q.getSubject() : q.getObject();
                    if (reached.isURI()) {
                        List<Quad> extended = next.computeIfAbsent(reached, k -> new ArrayList<>());
                        extended.addAll(path);
                        extended.add(q);
                    }
                });
            });
            frontier = next;
        }
        return frontier;
    }
}
