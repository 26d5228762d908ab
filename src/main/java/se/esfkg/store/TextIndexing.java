package se.esfkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * The jena-text set-up: one Lucene field {@code text} fed by titles, section texts and abstracts,
 * so {@code ?s text:query "socialt företagande"} searches all three. No graph field: queries run on
 * the union default graph, and a graph field would make jena-text filter hits by the (union) graph.
 */
public final class TextIndexing {

    public static final Node DCT_TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");
    public static final Node DCT_ABSTRACT = NodeFactory.createURI("http://purl.org/dc/terms/abstract");
    public static final Node RDF_VALUE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#value");
    public static final List<Node> PREDICATES = List.of(DCT_TITLE, RDF_VALUE, DCT_ABSTRACT);

    static final String ENTITY_FIELD = "uri";
    static final String TEXT_FIELD = "text";

    private TextIndexing() {
    }

    static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD);
        for (Node p : PREDICATES) {
            def.set(TEXT_FIELD, p);
        }
        def.setLangField("lang");
        def.setUidField("uid");
        return def;
    }

    public static TextIndexLucene open(Path dir) {
        TextIndexConfig config = new TextIndexConfig(entityDefinition());
        config.setAnalyzer(new SwedishTextAnalyzer());
        config.setQueryAnalyzer(new SwedishTextAnalyzer());
        config.setValueStored(true);
        try {
            return new TextIndexLucene(FSDirectory.open(dir), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes the text quads of the given graphs; call inside a read transaction on {@code dsg}. */
    static long indexGraphs(TextIndexLucene index, DatasetGraph dsg, Collection<String> graphs) {
        long n = 0;
        for (String g : graphs) {
            for (Node p : PREDICATES) {
                n += index(index, dsg.find(NodeFactory.createURI(g), Node.ANY, p, Node.ANY), null);
            }
        }
        return n;
    }

    /** Subjects that have text quads in the given graphs (to drop their documents before a patch). */
    static void collectTextSubjects(DatasetGraph dsg, Collection<String> graphs, Set<Node> into) {
        for (String g : graphs) {
            for (Node p : PREDICATES) {
                dsg.find(NodeFactory.createURI(g), Node.ANY, p, Node.ANY).forEachRemaining(q -> into.add(q.getSubject()));
            }
        }
    }

    static void deleteSubjects(TextIndexLucene index, Set<Node> subjects) {
        deleteKeys(index, subjects.stream().map(TextIndexing::key).toList());
    }

    /** The index key of a subject's documents (its IRI, or {@code _:label}). */
    static String key(Node subject) {
        return TextQueryFuncs.subjectToString(subject);
    }

    static void deleteKeys(TextIndexLucene index, Collection<String> keys) {
        try {
            for (String k : keys) {
                index.getIndexWriter().deleteDocuments(new Term(ENTITY_FIELD, k));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Re-adds the documents of {@code subjects} from graphs not in {@code skipGraphs}. */
    static long reindexSubjects(TextIndexLucene index, DatasetGraph dsg, Set<Node> subjects, Set<String> skipGraphs) {
        long n = 0;
        for (Node s : subjects) {
            for (Node p : PREDICATES) {
                n += index(index, dsg.findNG(Node.ANY, s, p, Node.ANY), skipGraphs);
            }
        }
        return n;
    }

    private static long index(TextIndexLucene index, Iterator<Quad> quads, Set<String> skipGraphs) {
        long n = 0;
        EntityDefinition def = index.getDocDef();
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (!q.getObject().isLiteral()) {
                continue;
            }
            if (skipGraphs != null && skipGraphs.contains(q.getGraph().getURI())) {
                continue;
            }
            Entity e = TextQueryFuncs.entityFromQuad(def, q);
            if (e != null) {
                index.addEntity(e);
                n++;
            }
        }
        return n;
    }
}
