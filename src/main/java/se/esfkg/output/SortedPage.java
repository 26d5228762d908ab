package se.esfkg.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One page's named graph as every output receives it: its triples sorted by their N-Triples form, so
 * that the same input gives the same bytes, with that form kept for the line-based syntaxes. Made on
 * the thread that converted the page, so that sorting and formatting run on every core; the writing
 * thread only writes.
 *
 * @param statements each triple's subject, predicate and object in N-Triples form, separated by one
 *                   space, in the order of {@code triples}
 */
public record SortedPage(Node graphName, String graphNameForm, List<Triple> triples, List<String> statements) {

    private record Keyed(String s, String p, String o, Triple triple) {
        static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::s).thenComparing(Keyed::p)
                .thenComparing(Keyed::o);
    }

    public SortedPage {
        triples = List.copyOf(triples);
        statements = List.copyOf(statements);
        if (triples.size() != statements.size()) {
            throw new IllegalArgumentException("one statement form per triple");
        }
    }

    public static SortedPage of(Node graphName, Graph graph) {
        List<Keyed> keyed = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(t -> keyed.add(new Keyed(NTriplesTerms.of(t.getSubject()),
                NTriplesTerms.of(t.getPredicate()), NTriplesTerms.of(t.getObject()), t)));
        keyed.sort(Keyed.ORDER);
        List<Triple> triples = new ArrayList<>(keyed.size());
        List<String> statements = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            triples.add(k.triple());
            statements.add(k.s() + " " + k.p() + " " + k.o());
        }
        return new SortedPage(graphName, NTriplesTerms.of(graphName), triples, statements);
    }

    public int size() {
        return triples.size();
    }
}
