package se.esfkg.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import se.esfkg.map.Esf;
import se.esfkg.map.Org;
import se.esfkg.map.Prov;
import se.esfkg.map.Schema;

/**
 * What the corpus statistics need of one written page: a few links of each project, not the page.
 * Taken on a worker from the page as published, so a redacted or pruned value is not counted.
 */
public record PageFacts(Node graphName, List<ProjectFacts> projects, Map<Node, List<Node>> unitParents,
        Map<Node, Node> names, Map<Node, List<Node>> partnerNames, Map<Node, OrganisationFacts> organisations) {

    public PageFacts {
        projects = List.copyOf(projects);
        unitParents = Map.copyOf(unitParents);
        names = Map.copyOf(names);
        partnerNames = Map.copyOf(partnerNames);
        organisations = Map.copyOf(organisations);
    }

    /** What the organisation list needs of an organisation acting in a project, or the parent of one: its names and kinds. */
    public record OrganisationFacts(List<Node> names, List<Node> kinds) {
        public OrganisationFacts {
            names = List.copyOf(names);
            kinds = List.copyOf(kinds);
        }
    }

    /** One project's values as the page states them (several when the page states several). */
    public record ProjectFacts(Node project, List<Node> municipalities, List<Node> partners, List<Node> grants,
            List<Node> totals, List<Node> regions, List<Node> programmeAreas, List<Node> phases,
            List<Node> mentions, List<Node> agents, List<Node> titles, List<Node> starts, List<Node> ends,
            List<Node> cooperationModels, List<Node> targetGroups) {
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
            titles = List.copyOf(titles);
            starts = List.copyOf(starts);
            ends = List.copyOf(ends);
            cooperationModels = List.copyOf(cooperationModels);
            targetGroups = List.copyOf(targetGroups);
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
                    objects(page, p, Esf.mentionsMunicipality), agents, objects(page, p, DCTerms.title.asNode()),
                    objects(page, p, Schema.startDate), objects(page, p, Schema.endDate),
                    objects(page, p, Esf.cooperationModel), objects(page, p, Esf.targetGroup)));
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
        return new PageFacts(graphName, projects, parents, names, partnerNames, organisationsOf(page, projects));
    }

    /** Every agent of a project's roles and every organisation one is a unit of, with what the page says of it. */
    private static Map<Node, OrganisationFacts> organisationsOf(Graph page, List<ProjectFacts> projects) {
        Map<Node, OrganisationFacts> out = new LinkedHashMap<>();
        for (ProjectFacts p : projects) {
            for (Node agent : p.agents()) {
                for (Node org : Stream.concat(Stream.of(agent), objects(page, agent, Org.unitOf).stream()).toList()) {
                    out.putIfAbsent(org, new OrganisationFacts(objects(page, org, SKOS.prefLabel.asNode()),
                            objects(page, org, Esf.organisationType)));
                }
            }
        }
        return out;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }
}
