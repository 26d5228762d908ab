package se.esfkg.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import se.esfkg.map.Esf;
import se.esfkg.map.Org;
import se.esfkg.map.Prov;

/**
 * What the corpus statistics need of one written page: a few links of each project, not the page.
 * Taken on a worker from the page as published, so a redacted or pruned value is not counted.
 */
public record PageFacts(Node graphName, List<ProjectFacts> projects, Map<Node, List<Node>> unitParents,
        Map<Node, Node> names, Map<Node, List<Node>> partnerNames) {

    public PageFacts {
        projects = List.copyOf(projects);
        unitParents = Map.copyOf(unitParents);
        names = Map.copyOf(names);
        partnerNames = Map.copyOf(partnerNames);
    }

    /** One project's values as the page states them (several when the page states several). */
    public record ProjectFacts(Node project, List<Node> municipalities, List<Node> partners, List<Node> grants,
            List<Node> totals, List<Node> regions, List<Node> programmeAreas, List<Node> phases,
            List<Node> mentions, List<Node> agents) {
        public ProjectFacts {
            municipalities = List.copyOf(municipalities);
            partners = List.copyOf(partners);
            grants = List.copyOf(grants);
            totals = List.copyOf(totals);
            regions = List.copyOf(regions);
            programmeAreas = List.copyOf(programmeAreas);
            phases = List.copyOf(phases);
            mentions = List.copyOf(mentions);
            agents = List.copyOf(agents);
        }
    }

    public static PageFacts of(Node graphName, Graph page) {
        List<ProjectFacts> projects = new ArrayList<>();
        Map<Node, List<Node>> parents = new LinkedHashMap<>();
        // Programme areas are minted from the pages, so their names are known only there.
        Map<Node, Node> names = new LinkedHashMap<>();
        // Partners' names (and their parents'), so the statistics can name a hub without reading it
        // from every page graph that names it.
        Map<Node, List<Node>> partnerNames = new LinkedHashMap<>();
        for (Node p : page.find(Node.ANY, RDF.type.asNode(), Esf.Project).mapWith(Triple::getSubject).toList()) {
            List<Node> partners = objects(page, p, Esf.partner);
            // Every organisation acting in the project, whatever its role (the home page counts them).
            List<Node> agents = objects(page, p, Esf.hasRole).stream()
                    .flatMap(role -> objects(page, role, Prov.agent).stream()).distinct().toList();
            projects.add(new ProjectFacts(p, objects(page, p, Esf.municipality), partners,
                    objects(page, p, Esf.esfGrant), objects(page, p, Esf.totalBudget), objects(page, p, Esf.region),
                    objects(page, p, Esf.programmeArea), objects(page, p, Esf.phase),
                    objects(page, p, Esf.mentionsMunicipality), agents));
            for (Node area : objects(page, p, Esf.programmeArea)) {
                page.find(area, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(t -> names.putIfAbsent(area, t.getObject()));
            }
            for (Node partner : partners) {
                for (Node named : Stream.concat(Stream.of(partner), objects(page, partner, Org.unitOf).stream()).toList()) {
                    List<Node> labels = objects(page, named, SKOS.prefLabel.asNode());
                    if (!labels.isEmpty()) {
                        partnerNames.putIfAbsent(named, labels);
                    }
                }
            }
            for (Node org : Stream.concat(partners.stream(), agents.stream()).toList()) {
                List<Node> up = objects(page, org, Org.unitOf);
                if (!up.isEmpty()) {
                    parents.put(org, up);
                }
            }
        }
        return new PageFacts(graphName, projects, parents, names, partnerNames);
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }
}
