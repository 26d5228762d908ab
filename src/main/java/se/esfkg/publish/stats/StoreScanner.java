package se.esfkg.publish.stats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import se.esfkg.map.Esf;
import se.esfkg.publish.NQuads;

/**
 * Computes {@link CorpusStatistics} from a TDB2 database that holds a dump's quads, instead of
 * parsing and sorting the dump ({@link CorpusScanner}): the database already keeps every quad in
 * sorted indexes of node ids. Its subject-first index (SPOG) lists each subject's quads together
 * with equal (S, P, O) adjacent across graphs, so distinct union triples, subjects and the
 * partitions come from one streaming walk without a sort; its object-first index (OSPG) gives the
 * distinct objects and, object by object, the links to outside identifier spaces. Whether a subject
 * lies under the data space, or an object under a linked namespace, comes from one sequential read
 * of the node file ({@link NodeFile}); only properties, classes, dates, NUTS matches and example
 * projects are decoded from the node table.
 *
 * <p>The figures equal {@code CorpusScanner}'s on the same dump, with one difference in principle:
 * TDB2 stores some typed literals by value ({@code "1.0"^^xsd:decimal} and {@code "1"^^xsd:decimal}
 * are one node), so two lexical forms of one value count once here, as SPARQL over the store sees
 * them. The converter writes canonical forms, so its dumps do not show the difference.
 */
public final class StoreScanner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreScanner.class);

    private static final String SCHEMA = "http://schema.org/";
    private static final int EXAMPLES = 3;

    private final String dataSpace;

    /** {@code dataSpace}: the base of minted IRIs; subjects under it are VoID's entities. */
    public StoreScanner(String dataSpace) {
        this.dataSpace = dataSpace;
    }

    /** Reads {@code tdb} (a TDB2 dataset, or one wrapping it) in a read transaction of its own. */
    public CorpusStatistics scan(DatasetGraph tdb) {
        DatasetGraphTDB storage = storage(tdb);
        return Txn.calculateRead(tdb, () -> scanIn(storage));
    }

    /** The TDB2 storage under {@code dsg}, through wrappers such as the text index's. */
    private static DatasetGraphTDB storage(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (!TDBInternal.isTDB2(d) && d instanceof DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(d);
        if (storage == null) {
            throw new IllegalArgumentException("not a TDB2 database: " + dsg.getClass().getName());
        }
        return storage;
    }

    private CorpusStatistics scanIn(DatasetGraphTDB db) {
        TupleIndex quadsBySubject = db.getQuadTable().getNodeTupleTable().getTupleTable().selectIndex("SPOG");
        NodeTable nodes = db.getQuadTable().getNodeTupleTable().getNodeTable();
        Terms terms = new Terms(nodes, NodeFile.read(db.getLocation(), dataSpace)
                .filter(file -> agrees(file, nodes, quadsBySubject)), dataSpace);
        TupleIndex quadsByObject = db.getQuadTable().getNodeTupleTable().getTupleTable().selectIndex("OSPG");
        TupleIndex triplesBySubject = db.getTripleTable().getNodeTupleTable().getTupleTable().selectIndex("SPO");
        TupleIndex triplesByObject = db.getTripleTable().getNodeTupleTable().getTupleTable().selectIndex("OSP");
        // Quads and graph names are counted on the way through the subject-first walk, which sees
        // every quad: a walk of the graph-first index only for them would cost as much again.
        Set<NodeId> graphNames = new HashSet<>();
        long[] quads = new long[1];
        Iterator<Key> allQuads = spo(quadsBySubject, Order.SPO, g -> {
            quads[0]++;
            graphNames.add(g);
        });
        SubjectWalk subjects = new SubjectWalk(terms);
        walkDistinct(union(allQuads, triplesBySubject, Order.SPO, () -> quads[0]++), subjects::triple);
        subjects.endSubject();
        ObjectWalk objects = new ObjectWalk(terms);
        walkDistinct(union(spo(quadsByObject, Order.OSP, g -> { }), triplesByObject, Order.OSP, () -> { }),
                objects::triple);

        TreeSet<String> nuts = new TreeSet<>();
        for (NodeId region : subjects.regionsUsed) {
            Optional.ofNullable(subjects.nutsOfRegion.get(region)).ifPresent(nuts::add);
        }
        Map<String, Long> classes = decoded(subjects.classes, terms);
        Map<String, Long> properties = decoded(subjects.properties, terms);
        TreeSet<String> vocabularies = new TreeSet<>();
        properties.keySet().forEach(p -> vocabularies.add(namespace(p)));
        classes.keySet().forEach(c -> vocabularies.add(namespace(c)));
        return new CorpusStatistics(quads[0], graphNames.size(), subjects.triples, subjects.subjects, objects.objects,
                subjects.entities, classes.getOrDefault(Esf.Project.getURI(), 0L), new TreeMap<>(classes),
                new TreeMap<>(properties), objects.linksets(terms), vocabularies, subjects.examples(),
                Optional.ofNullable(subjects.earliest), Optional.ofNullable(subjects.latest), nuts);
    }

    /**
     * Whether the node file's reading agrees with the node table on the terms of the first quads
     * (a different file layout in another Jena version would not): else every id is decoded.
     */
    private boolean agrees(NodeFile file, NodeTable nodes, TupleIndex quads) {
        Iterator<Tuple<NodeId>> it = quads.all();
        for (int i = 0; i < 2_000 && it.hasNext(); i++) {
            Tuple<NodeId> quad = it.next();
            for (int k = 0; k < quad.len(); k++) {
                NodeId id = quad.get(k);
                if (id.isInline() || !file.covers(id.getPtrLocation())) {
                    continue;
                }
                Node n = nodes.getNodeForNodeId(id);
                boolean entity = n.isURI() && n.getURI().startsWith(dataSpace);
                List<CorpusStatistics.Target> targets = n.isURI() ? NodeFile.targetsOf(n.getURI()) : List.of();
                if (entity != file.isEntity(id.getPtrLocation()) || !targets.equals(file.targetsOf(id.getPtrLocation()))) {
                    LOG.warn("node file disagrees with the node table on {}; VoID figures decode node by node", n);
                    return false;
                }
            }
        }
        return true;
    }

    private static Map<String, Long> decoded(Map<NodeId, Long> counts, Terms terms) {
        Map<String, Long> m = new HashMap<>();
        counts.forEach((id, n) -> {
            Node node = terms.node(id);
            if (node.isURI()) {
                m.merge(node.getURI(), n, Long::sum);
            }
        });
        return m;
    }

    private static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(0, cut + 1);
    }

    /** The order of the three ids in a walked key: the index's own order, without the graph. */
    private enum Order { SPO, OSP }

    /**
     * A union triple as three node ids in the walked index's order; {@code a}, {@code b}, {@code c}
     * are S, P, O (or O, S, P). Tuples come back from an index in the table's primary order
     * (G, S, P, O for quads; S, P, O for triples), so the key is rearranged here.
     */
    private record Key(NodeId a, NodeId b, NodeId c) {
        /**
         * The indexes' own order: each id as its stored 8 bytes, compared unsigned. (Jena 5.6's
         * {@code NodeId.compareTo} is not that order: ids of one kind compare equal.)
         */
        int compareInIndexOrder(Key o) {
            int d = compareIds(a, o.a);
            if (d == 0) {
                d = compareIds(b, o.b);
            }
            return d == 0 ? compareIds(c, o.c) : d;
        }

        private static int compareIds(NodeId x, NodeId y) {
            return x.equals(y) ? 0 : Long.compareUnsigned(stored(x), stored(y));
        }

        private static long stored(NodeId id) {
            byte[] bytes = new byte[NodeId.SIZE];
            NodeIdFactory.set(id, bytes);
            return java.nio.ByteBuffer.wrap(bytes).getLong();
        }
    }

    /** The index's tuples as keys; {@code seen} hears each tuple's graph (quads) or nothing (triples). */
    private static Iterator<Key> spo(TupleIndex index, Order order, java.util.function.Consumer<NodeId> seen) {
        Iterator<Tuple<NodeId>> all = index.all();
        boolean quads = index.getTupleLength() == 4;
        int shift = quads ? 1 : 0;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public Key next() {
                Tuple<NodeId> t = all.next();
                if (quads) {
                    seen.accept(t.get(0));
                }
                NodeId s = t.get(shift);
                NodeId p = t.get(shift + 1);
                NodeId o = t.get(shift + 2);
                return order == Order.SPO ? new Key(s, p, o) : new Key(o, s, p);
            }
        };
    }

    /** The quads' keys, merged with the default graph's when it holds any (the converter writes none). */
    private static Iterator<Key> union(Iterator<Key> quads, TupleIndex triples, Order order, Runnable eachTriple) {
        if (triples.isEmpty()) {
            return quads;
        }
        Iterator<Key> keys = spo(triples, order, g -> { });
        return new Union(quads, new Iterator<>() {
            @Override
            public boolean hasNext() {
                return keys.hasNext();
            }

            @Override
            public Key next() {
                eachTriple.run();
                return keys.next();
            }
        });
    }

    /**
     * Two ascending streams of keys merged in order: the named graphs' quads and the default graph's
     * triples (a dump may hold both; VoID describes their union).
     */
    private static final class Union implements Iterator<Key> {
        private final Iterator<Key> left;
        private final Iterator<Key> right;
        private Key nextLeft;
        private Key nextRight;

        Union(Iterator<Key> left, Iterator<Key> right) {
            this.left = left;
            this.right = right;
            nextLeft = left.hasNext() ? left.next() : null;
            nextRight = right.hasNext() ? right.next() : null;
        }

        @Override
        public boolean hasNext() {
            return nextLeft != null || nextRight != null;
        }

        @Override
        public Key next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Key k;
            if (nextRight == null || (nextLeft != null && nextLeft.compareInIndexOrder(nextRight) <= 0)) {
                k = nextLeft;
                nextLeft = left.hasNext() ? left.next() : null;
            } else {
                k = nextRight;
                nextRight = right.hasNext() ? right.next() : null;
            }
            return k;
        }
    }

    /** Hands each distinct key once: equal keys (the same triple in several graphs) are adjacent. */
    private static void walkDistinct(Iterator<Key> keys, java.util.function.Consumer<Key> each) {
        Key last = null;
        while (keys.hasNext()) {
            Key k = keys.next();
            if (!k.equals(last)) {
                each.accept(k);
                last = k;
            }
        }
    }

    /**
     * Node ids decoded through the node table, the few kept ones cached; and, for the many ids the
     * figures only classify (every subject: under the data space? every object: under a linked
     * namespace?), the answer from one sequential read of the node file ({@link NodeFile}) when
     * it could be read, instead of one random read per id.
     */
    private static final class Terms {
        private final NodeTable table;
        private final Map<NodeId, Node> cache = new HashMap<>();
        private final Optional<NodeFile> file;
        private final String dataSpace;

        Terms(NodeTable table, Optional<NodeFile> file, String dataSpace) {
            this.table = table;
            this.file = file;
            this.dataSpace = dataSpace;
        }

        boolean isEntity(NodeId id) {
            if (id.isInline()) {
                return false;
            }
            if (file.isPresent() && file.get().covers(id.getPtrLocation())) {
                return file.get().isEntity(id.getPtrLocation());
            }
            Node s = node(id);
            return s.isURI() && s.getURI().startsWith(dataSpace);
        }

        /** The linked namespaces an object lies in; only IRIs in the node table can (inline ids are literals). */
        List<CorpusStatistics.Target> targetsOf(NodeId id) {
            if (id.isInline()) {
                return List.of();
            }
            if (file.isPresent() && file.get().covers(id.getPtrLocation())) {
                return file.get().targetsOf(id.getPtrLocation());
            }
            Node o = node(id);
            return o.isURI() ? NodeFile.targetsOf(o.getURI()) : List.of();
        }

        Node node(NodeId id) {
            return table.getNodeForNodeId(id);
        }

        /** For the few ids looked up again and again (properties, classes). */
        Node cached(NodeId id) {
            return cache.computeIfAbsent(id, table::getNodeForNodeId);
        }

        NodeId id(Node node) {
            NodeId id = table.getNodeIdForNode(node);
            return id == null ? NodeId.NodeDoesNotExist : id;
        }
    }

    /** The subject-first walk: triples, subjects, entities, partitions, dates, regions, examples. */
    private final class SubjectWalk {
        private final Terms terms;
        private final NodeId type;
        private final NodeId project;
        private final NodeId startDate;
        private final NodeId endDate;
        private final NodeId region;
        private final NodeId exactMatch;
        private final Map<NodeId, Long> classes = new HashMap<>();
        private final Map<NodeId, Long> properties = new HashMap<>();
        private final Set<NodeId> regionsUsed = new HashSet<>();
        private final Map<NodeId, String> nutsOfRegion = new HashMap<>();
        /** The smallest project subjects as their sorted-dump lines begin, as the dump scan picks them. */
        private final TreeMap<String, String> projects = new TreeMap<>();
        private long triples;
        private long subjects;
        private long entities;
        private NodeId subject;
        private boolean subjectIsProject;
        private LocalDate earliest;
        private LocalDate latest;

        SubjectWalk(Terms terms) {
            this.terms = terms;
            type = terms.id(RDF.type.asNode());
            project = terms.id(Esf.Project);
            startDate = terms.id(NodeFactory.createURI(SCHEMA + "startDate"));
            endDate = terms.id(NodeFactory.createURI(SCHEMA + "endDate"));
            region = terms.id(NodeFactory.createURI(Esf.NS + "region"));
            exactMatch = terms.id(SKOS.exactMatch.asNode());
        }

        void triple(Key k) {
            if (!k.a().equals(subject)) {
                endSubject();
                subject = k.a();
                subjects++;
                if (terms.isEntity(subject)) {
                    entities++;
                }
            }
            triples++;
            NodeId p = k.b();
            NodeId o = k.c();
            properties.merge(p, 1L, Long::sum);
            if (p.equals(type)) {
                classes.merge(o, 1L, Long::sum);
                subjectIsProject |= o.equals(project);
            } else if (p.equals(startDate)) {
                date(o).ifPresent(d -> earliest = earliest == null || d.isBefore(earliest) ? d : earliest);
            } else if (p.equals(endDate)) {
                date(o).ifPresent(d -> latest = latest == null || d.isAfter(latest) ? d : latest);
            } else if (p.equals(region)) {
                regionsUsed.add(o);
            } else if (p.equals(exactMatch)) {
                Node match = terms.node(o);
                if (match.isURI() && match.getURI().startsWith(CorpusStatistics.NUTS.namespace())) {
                    nutsOfRegion.put(subject, match.getURI());
                }
            }
        }

        void endSubject() {
            if (subjectIsProject) {
                // The dump scan takes the first projects in the order of its sorted triple lines.
                Node s = terms.node(subject);
                projects.put(NQuads.term(s) + " ", s.getURI());
                if (projects.size() > EXAMPLES) {
                    projects.pollLastEntry();
                }
            }
            subjectIsProject = false;
        }

        List<String> examples() {
            return List.copyOf(projects.values());
        }

        private Optional<LocalDate> date(NodeId id) {
            return CorpusScanner.date(terms.node(id));
        }
    }

    /** The object-first walk: distinct objects, and links per (target, property) object by object. */
    private static final class ObjectWalk {
        private final Terms terms;
        private final Map<NodeId, Long> kohesio = new HashMap<>();
        private final Map<String, Map<NodeId, Long>> linked = new TreeMap<>();
        private final NodeId kohesioId;
        private long objects;
        private NodeId object;
        private List<CorpusStatistics.Target> targets = List.of();

        ObjectWalk(Terms terms) {
            this.terms = terms;
            kohesioId = terms.id(NodeFactory.createURI(Esf.NS + "kohesioOperationId"));
        }

        void triple(Key k) {
            if (!k.a().equals(object)) {
                object = k.a();
                objects++;
                targets = terms.targetsOf(object);
            }
            NodeId p = k.c();
            if (p.equals(kohesioId)) {
                kohesio.merge(p, 1L, Long::sum);
                return;
            }
            for (CorpusStatistics.Target target : targets) {
                linked.computeIfAbsent(target.id(), t -> new HashMap<>()).merge(p, 1L, Long::sum);
            }
        }

        TreeMap<String, Long> linksets(Terms terms) {
            TreeMap<String, Long> m = new TreeMap<>();
            kohesio.forEach((p, n) -> m.put(CorpusStatistics.linksetKey(CorpusStatistics.KOHESIO,
                    terms.cached(p).getURI()), n));
            for (CorpusStatistics.Target target : CorpusStatistics.TARGETS) {
                linked.getOrDefault(target.id(), Map.of()).forEach((p, n) -> m.merge(
                        CorpusStatistics.linksetKey(target, terms.cached(p).getURI()), n, Long::sum));
            }
            return m;
        }
    }
}
