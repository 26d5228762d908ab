package se.esfkg.web.resource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * What the site says about one resource, read from one generation of the live data.
 *
 * @param subject the resource
 * @param about its own triples, each in the named graph it was read from (its source page)
 * @param inverse one page of the triples that point at it
 * @param paths the triples that lead to the page's related resources (see {@link Related})
 * @param related one page of each relation through others, by its key
 * @param labels the labels of what it links to and of what links to it (so no IRI stands alone)
 * @param termLabels labels of the properties and classes used, for people (not sent as RDF)
 * @param page which page of incoming links this is, from 1
 * @param inverseTotal how many distinct (subject, property) pairs point at it in all
 * @param longestList the length of its longest paged list (incoming pairs or one relation's ends)
 * @param pageSize how many of those one page holds
 */
public record Description(Node subject, List<Quad> about, List<Quad> inverse, List<Quad> paths,
        Map<String, List<Node>> related, List<Quad> labels, Map<Node, List<Node>> termLabels, int page,
        long inverseTotal, long longestList, int pageSize) {

    public Description {
        about = List.copyOf(about);
        inverse = List.copyOf(inverse);
        paths = List.copyOf(paths);
        related = Collections.unmodifiableMap(new LinkedHashMap<>(related));
        labels = List.copyOf(labels);
        termLabels = Map.copyOf(termLabels);
    }

    public int pageCount() {
        return (int) Math.max(1, (longestList + pageSize - 1) / pageSize);
    }

    public boolean hasNextPage() {
        return page < pageCount();
    }

    /** The graphs the resource's own triples come from: its source pages, reference data, ontology. */
    public Set<Node> sources() {
        Set<Node> graphs = new LinkedHashSet<>();
        about.forEach(q -> graphs.add(q.getGraph()));
        return graphs;
    }

    /** Everything in one dataset, quads in their graphs, as the RDF serialisations send it. */
    public DatasetGraph toDataset() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        List<Quad> all = new ArrayList<>(about);
        all.addAll(inverse);
        all.addAll(paths);
        all.addAll(labels);
        all.forEach(dsg::add);
        return dsg;
    }
}
