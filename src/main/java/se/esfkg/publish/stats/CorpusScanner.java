package se.esfkg.publish.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import se.esfkg.map.Esf;
import se.esfkg.publish.NQuads;
import se.esfkg.publish.SortedLines;

/**
 * Computes {@link CorpusStatistics} from an N-Quads dump in two streaming passes: the first reads
 * the dump and sorts its triples and objects on disk (de-duplicated: the union default graph holds
 * each triple once, however many page graphs repeat it); the second walks the sorted triples,
 * where all triples of a subject are adjacent. Memory holds per-class and per-property counters,
 * never the corpus.
 */
public final class CorpusScanner {

    private static final String SCHEMA = "http://schema.org/";
    private static final String START_DATE = SCHEMA + "startDate";
    private static final String END_DATE = SCHEMA + "endDate";
    private static final String REGION = Esf.NS + "region";
    private static final String KOHESIO_ID = Esf.NS + "kohesioOperationId";
    private static final int EXAMPLES = 3;

    private final String dataSpace;

    /** {@code dataSpace}: the base of minted IRIs; subjects under it are VoID's entities. */
    public CorpusScanner(String dataSpace) {
        this.dataSpace = dataSpace;
    }

    public CorpusStatistics scan(Path nquads) {
        Path sorted = null;
        try (SortedLines triples = new SortedLines(); SortedLines objects = new SortedLines();
             SortedLines graphs = new SortedLines()) {
            FirstPass first = new FirstPass(triples, objects, graphs);
            NQuads.parse(nquads, first);
            sorted = Files.createTempFile("esf-kg-triples-", ".nt.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(sorted), 1 << 16)) {
                triples.writeTo(out);
            }
            long distinctObjects = count(objects);
            long distinctGraphs = count(graphs);
            SecondPass second = new SecondPass();
            NQuads.parse(sorted, Lang.NTRIPLES, second);
            second.endSubject();
            Set<String> nuts = new TreeSet<>();
            first.regionsUsed.forEach(r -> Optional.ofNullable(first.nutsOfRegion.get(r)).ifPresent(nuts::add));
            return new CorpusStatistics(first.quads, Math.toIntExact(distinctGraphs), second.triples, second.subjects,
                    distinctObjects, second.entities, second.classes.getOrDefault(Esf.Project.getURI(), 0L),
                    second.classes, second.properties, second.links, second.vocabularies, second.examples,
                    Optional.ofNullable(first.earliest), Optional.ofNullable(first.latest), new TreeSet<>(nuts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (sorted != null) {
                sorted.toFile().delete();
            }
        }
    }

    private static long count(SortedLines distinct) {
        long n = 0;
        for (var it = distinct.iterator(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    /** A literal's lexical form as an ISO date, when it is one; both scanners read dates so. */
    static Optional<LocalDate> date(Node o) {
        if (!o.isLiteral()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(o.getLiteralLexicalForm()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final class FirstPass extends StreamRDFBase {
        private final SortedLines triples;
        private final SortedLines objects;
        /** Graph names on disk too: one per page, so a set of them would grow with the corpus. */
        private final SortedLines graphs;
        private Node lastGraph;
        private final Set<String> regionsUsed = new HashSet<>();
        private final Map<String, String> nutsOfRegion = new HashMap<>();
        private long quads;
        private LocalDate earliest;
        private LocalDate latest;

        FirstPass(SortedLines triples, SortedLines objects, SortedLines graphs) {
            this.triples = triples;
            this.objects = objects;
            this.graphs = graphs;
        }

        @Override
        public void triple(Triple t) {
            quad(Quad.create(Quad.defaultGraphIRI, t));
        }

        @Override
        public void quad(Quad q) {
            quads++;
            Node s = q.getSubject();
            Node p = q.getPredicate();
            Node o = q.getObject();
            // A page's quads are adjacent in the dump: each graph name is sorted about once, not once per quad.
            if (!q.isDefaultGraph() && !q.getGraph().equals(lastGraph)) {
                graphs.add(q.getGraph().getURI());
                lastGraph = q.getGraph();
            }
            triples.add(NQuads.tripleLine(s, p, o));
            objects.add(NQuads.term(o));
            String pred = p.getURI();
            if (pred.equals(START_DATE)) {
                date(o).ifPresent(d -> earliest = earliest == null || d.isBefore(earliest) ? d : earliest);
            } else if (pred.equals(END_DATE)) {
                date(o).ifPresent(d -> latest = latest == null || d.isAfter(latest) ? d : latest);
            } else if (pred.equals(REGION) && o.isURI()) {
                regionsUsed.add(o.getURI());
            } else if (p.equals(SKOS.exactMatch.asNode()) && o.isURI()
                    && o.getURI().startsWith(CorpusStatistics.NUTS.namespace())) {
                nutsOfRegion.put(s.getURI(), o.getURI());
            }
        }
    }

    private final class SecondPass extends StreamRDFBase {
        private final TreeMap<String, Long> classes = new TreeMap<>();
        private final TreeMap<String, Long> properties = new TreeMap<>();
        private final TreeMap<String, Long> links = new TreeMap<>();
        private final TreeSet<String> vocabularies = new TreeSet<>();
        private final List<String> examples = new ArrayList<>();
        private long triples;
        private long subjects;
        private long entities;
        private Node subject;
        private boolean subjectIsProject;

        @Override
        public void triple(Triple t) {
            if (!t.getSubject().equals(subject)) {
                endSubject();
                subject = t.getSubject();
                subjects++;
                if (subject.isURI() && subject.getURI().startsWith(dataSpace)) {
                    entities++;
                }
            }
            triples++;
            String p = t.getPredicate().getURI();
            properties.merge(p, 1L, Long::sum);
            vocabularies.add(namespace(p));
            Node o = t.getObject();
            if (t.getPredicate().equals(RDF.type.asNode()) && o.isURI()) {
                classes.merge(o.getURI(), 1L, Long::sum);
                vocabularies.add(namespace(o.getURI()));
                subjectIsProject |= o.equals(Esf.Project);
            }
            if (p.equals(KOHESIO_ID)) {
                links.merge(CorpusStatistics.linksetKey(CorpusStatistics.KOHESIO, p), 1L, Long::sum);
            } else if (o.isURI()) {
                for (CorpusStatistics.Target target : CorpusStatistics.TARGETS) {
                    if (!target.namespace().isEmpty() && o.getURI().startsWith(target.namespace())) {
                        links.merge(CorpusStatistics.linksetKey(target, p), 1L, Long::sum);
                    }
                }
            }
        }

        void endSubject() {
            if (subjectIsProject && examples.size() < EXAMPLES) {
                examples.add(subject.getURI());
            }
            subjectIsProject = false;
        }

        private String namespace(String iri) {
            int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
            return iri.substring(0, cut + 1);
        }
    }
}
