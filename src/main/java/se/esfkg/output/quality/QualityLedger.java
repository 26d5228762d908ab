package se.esfkg.output.quality;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import se.esfkg.map.Esf;
import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;
import se.esfkg.problem.SourceLocation;

/**
 * Gathers the quality report as a conversion runs: a small row per written source record (read
 * from its graph, so the report says what was published, not what the parser hoped) and every
 * problem, which is matched to its record at the end because a page's warnings are reported before
 * its graph is written. A file with errors and no written record is a rejected page.
 *
 * <p>Rows and problems wait in a bag sorted on disk by file ({@link Spill}), so the ledger's memory
 * stays the same whatever the number of pages; at the end each file's rows and problems are read
 * back together and matched, one file at a time.
 *
 * <p>Nothing personal reaches the report: the fields it reads are the project's, never the
 * contact's, and problem messages are cleared of e-mail addresses, telephone numbers and the quoted
 * text of contact fields before they are kept.
 */
final class QualityLedger implements AutoCloseable {

    /** The fields an operator looks for on every page, in the order the report shows them. */
    static final Map<String, List<Node>> FIELDS = fields();

    private static Map<String, List<Node>> fields() {
        Map<String, List<Node>> f = new LinkedHashMap<>();
        f.put("title", List.of(DCTerms.title.asNode()));
        f.put("number", List.of(Esf.caseNumber, Esf.projectNumber));
        f.put("start date", List.of(se.esfkg.map.Schema.startDate));
        f.put("end date", List.of(se.esfkg.map.Schema.endDate));
        f.put("owner", List.of(Esf.owner));
        f.put("programme area", List.of(Esf.programmeArea));
        f.put("region", List.of(Esf.region));
        f.put("municipality", List.of(Esf.municipality));
        f.put("ESF grant", List.of(Esf.esfGrant));
        f.put("total budget", List.of(Esf.totalBudget));
        f.put("summary", List.of(DCTerms.abstract_.asNode()));
        f.put("sections", List.of(Esf.hasSection));
        f.put("cooperation model", List.of(Esf.cooperationModel));
        f.put("target group", List.of(Esf.targetGroup));
        return java.util.Collections.unmodifiableMap(f);
    }

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** Swedish numbers start with 0 or +46; case and organisation numbers do not, so they stay readable. */
    private static final Pattern PHONE = Pattern.compile("(?:\\+46|(?<![\\p{N}/-])0)[\\s-]?\\d{1,3}(?:[\\s/–-]?\\d{2,4}){2,4}(?![\\p{N}])");
    private static final Pattern CONTACT_FIELD = Pattern.compile(
            "(?i).*(kontakt|contact|namn|name|telefon|phone|e-?post|e-?mail|mail|ansvarig|handläggare).*");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final String UNRESOLVED_RULE = "unresolved";
    private static final String UNKNOWN_HEADING = "unknown heading";

    /** Rows and problems by file, then in the order they arrived. */
    private final SortedDataBag<Entry> entries;
    private long arrivals;

    QualityLedger() {
        this(Spill.IN_MEMORY);
    }

    /** A ledger that spills to disk every {@code inMemory} rows and problems. */
    QualityLedger(long inMemory) {
        entries = Spill.sortedBag(Entry.CODEC, Entry.ORDER, inMemory);
    }

    /** One written record as the report needs it; the graph itself is not kept. */
    record Written(String file, int line, String layout, String title, String project, List<String> found,
            List<String> missing, List<String> unresolved, List<PageQuality.Classified> classifications) {
    }

    /** A written record or a reported problem (exactly one of the two), and when it arrived. */
    private record Entry(String file, long arrival, Written written, Problem problem) {
        static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file).thenComparingLong(Entry::arrival);
        static final Spill.Codec<Entry> CODEC = new Spill.Codec<>() {
            @Override
            public void write(DataOutputStream out, Entry e) throws IOException {
                out.writeLong(e.arrival());
                if (e.written() != null) {
                    out.writeBoolean(true);
                    writeWritten(out, e.written());
                } else {
                    out.writeBoolean(false);
                    writeProblem(out, e.problem());
                }
            }

            @Override
            public Entry read(DataInputStream in) throws IOException {
                long arrival = in.readLong();
                if (in.readBoolean()) {
                    Written w = readWritten(in);
                    return new Entry(w.file(), arrival, w, null);
                }
                Problem p = readProblem(in);
                return new Entry(p.location().file(), arrival, null, p);
            }
        };
    }

    /**
     * What the report keeps of one named graph: a row per project in it, none for the ontology, concept
     * schemes and reference tables. Reads the page alone, so a worker thread may call it.
     */
    static List<Written> rows(Node graphName, List<Triple> triples) {
        if (!has(triples, graphName, RDF.type.asNode(), Esf.SourceRecord)) {
            return List.of();
        }
        String file = literal(triples, graphName, DCTerms.identifier.asNode()).orElse(graphName.getURI());
        int line = literal(triples, graphName, Esf.sourceLine).map(Integer::parseInt).orElse(0);
        String layout = literal(triples, graphName, Esf.layout).orElse("");
        List<Written> rows = new ArrayList<>();
        for (Node project : subjectsOfType(triples, Esf.Project)) {
            List<String> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            FIELDS.forEach((name, predicates) -> (predicates.stream()
                    .anyMatch(p -> has(triples, project, p, null)) ? found : missing).add(name));
            List<String> unresolved = new ArrayList<>();
            for (Node role : objects(triples, project, Esf.hasRole)) {
                if (literal(triples, role, Esf.resolutionRule).filter(r -> r.startsWith(UNRESOLVED_RULE)).isPresent()) {
                    literal(triples, role, Esf.nameAsWritten).map(QualityLedger::clean).ifPresent(unresolved::add);
                }
            }
            List<PageQuality.Classified> classified = new ArrayList<>();
            for (Node c : objects(triples, project, Esf.hasClassification)) {
                Optional<Node> concept = objects(triples, c, Esf.concept).stream().findFirst();
                Optional<String> confidence = literal(triples, c, Esf.confidence);
                if (concept.isPresent() && confidence.isPresent()) {
                    String iri = concept.get().getURI();
                    classified.add(new PageQuality.Classified(
                            iri.startsWith(Esf.DEF) ? iri.substring(Esf.DEF.length()) : iri, confidence.get()));
                }
            }
            classified.sort(Comparator.comparing(PageQuality.Classified::concept));
            rows.add(new Written(file, line, layout, literal(triples, project, DCTerms.title.asNode()).orElse(""),
                    project.getURI(), found, missing, unresolved.stream().distinct().sorted().toList(), classified));
        }
        return rows;
    }

    void page(Node graphName, List<Triple> triples) {
        page(rows(graphName, triples));
    }

    void page(List<Written> rows) {
        for (Written w : rows) {
            entries.add(new Entry(w.file(), arrivals++, w, null));
        }
    }

    void problem(Problem p) {
        entries.add(new Entry(p.location().file(), arrivals++, null, p));
    }

    /** Every record and rejected page, by file and line, to {@code each}; call once, after the last page. */
    void pages(Consumer<PageQuality> each) {
        String file = null;
        List<Written> written = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Iterator<Entry> it = entries.iterator(); it.hasNext();) {
            Entry e = it.next();
            if (!e.file().equals(file)) {
                pagesOfFile(written, problems, each);
                written.clear();
                problems.clear();
                file = e.file();
            }
            if (e.written() != null) {
                written.add(e.written());
            } else {
                problems.add(e.problem());
            }
        }
        pagesOfFile(written, problems, each);
    }

    /** One file's records and its rejected rows, by line: its problems attached to the record they concern. */
    private static void pagesOfFile(List<Written> records, List<Problem> problems, Consumer<PageQuality> each) {
        records.sort(Comparator.comparingInt(Written::line));
        Map<Written, List<Problem>> attached = new java.util.IdentityHashMap<>();
        Map<Integer, List<Problem>> rejected = new TreeMap<>();
        String file = null;
        for (Problem p : problems) {
            file = p.location().file();
            if (records.isEmpty()) {
                rejected.computeIfAbsent(0, k -> new ArrayList<>()).add(p);
            } else if (p.severity() != Severity.WARNING && records.stream().noneMatch(w -> w.line() == p.location().line())
                    && records.size() > 1) {
                // A file of several records (an export) where one row was left out: that row is its own entry.
                rejected.computeIfAbsent(p.location().line(), k -> new ArrayList<>()).add(p);
            } else {
                attached.computeIfAbsent(recordAt(records, p.location().line()), k -> new ArrayList<>()).add(p);
            }
        }
        List<PageQuality> pages = new ArrayList<>();
        for (Written w : records) {
            List<Problem> ps = attached.getOrDefault(w, List.of());
            pages.add(new PageQuality(w.file(), w.line(), w.layout(), PageQuality.Status.CONVERTED, w.title(),
                    w.project(), w.found(), w.missing(), warnings(ps), w.unresolved(), unknownHeadings(ps),
                    w.classifications()));
        }
        for (Map.Entry<Integer, List<Problem>> r : rejected.entrySet()) {
            List<Problem> ps = r.getValue();
            pages.add(new PageQuality(file, r.getKey(), "", PageQuality.Status.REJECTED, "", "",
                    List.of(), List.of(), warnings(ps), List.of(), unknownHeadings(ps), List.of()));
        }
        // Stable: at one line, the converted record comes before the rejected row.
        pages.sort(Comparator.comparingInt(PageQuality::line));
        pages.forEach(each);
    }

    @Override
    public void close() {
        entries.close();
    }

    private static void writeWritten(DataOutputStream out, Written w) throws IOException {
        Spill.writeString(out, w.file());
        out.writeInt(w.line());
        Spill.writeString(out, w.layout());
        Spill.writeString(out, w.title());
        Spill.writeString(out, w.project());
        Spill.writeStrings(out, w.found());
        Spill.writeStrings(out, w.missing());
        Spill.writeStrings(out, w.unresolved());
        PageQualityCodec.writeClassifications(out, w.classifications());
    }

    private static Written readWritten(DataInputStream in) throws IOException {
        return new Written(Spill.readString(in), in.readInt(), Spill.readString(in), Spill.readString(in),
                Spill.readString(in), Spill.readStrings(in), Spill.readStrings(in), Spill.readStrings(in),
                PageQualityCodec.readClassifications(in));
    }

    private static void writeProblem(DataOutputStream out, Problem p) throws IOException {
        out.writeByte(p.severity().ordinal());
        Spill.writeString(out, p.location().file());
        out.writeInt(p.location().line());
        Spill.writeString(out, p.location().field());
        Spill.writeString(out, p.message());
    }

    private static Problem readProblem(DataInputStream in) throws IOException {
        Severity severity = Severity.values()[in.readByte()];
        SourceLocation at = new SourceLocation(Spill.readString(in), in.readInt(), Spill.readString(in));
        return new Problem(severity, at, Spill.readString(in));
    }

    private static Written recordAt(List<Written> records, int line) {
        Written at = records.get(0);
        for (Written w : records) {
            if (w.line() <= line) {
                at = w;
            }
        }
        return at;
    }

    private static List<PageQuality.Warning> warnings(List<Problem> ps) {
        return ps.stream().map(p -> new PageQuality.Warning(p.severity().name().toLowerCase(java.util.Locale.ROOT),
                p.location().line(), clean(p.location().field()), message(p))).toList();
    }

    private static List<String> unknownHeadings(List<Problem> ps) {
        return ps.stream().filter(p -> p.message().startsWith(UNKNOWN_HEADING)).map(p -> {
            String field = p.location().field();
            if (!field.isBlank()) {
                return clean(field);
            }
            var m = QUOTED.matcher(p.message());
            return m.find() ? clean(m.group().substring(1, m.group().length() - 1)) : "";
        }).filter(h -> !h.isBlank()).distinct().toList();
    }

    /** A problem's message without personal data: a contact field's quoted text goes entirely. */
    private static String message(Problem p) {
        String m = p.message();
        if (CONTACT_FIELD.matcher(p.location().field()).matches() || CONTACT_FIELD.matcher(m).matches()) {
            m = QUOTED.matcher(m).replaceAll("\"…\"");
        }
        return clean(m);
    }

    static String clean(String text) {
        return PHONE.matcher(EMAIL.matcher(text).replaceAll("[e-post]")).replaceAll("[telefon]");
    }

    private static boolean has(List<Triple> triples, Node s, Node p, Node o) {
        return triples.stream().anyMatch(t -> t.getSubject().equals(s) && t.getPredicate().equals(p)
                && (o == null || t.getObject().equals(o)));
    }

    private static List<Node> objects(List<Triple> triples, Node s, Node p) {
        return triples.stream().filter(t -> t.getSubject().equals(s) && t.getPredicate().equals(p))
                .map(Triple::getObject).toList();
    }

    private static Optional<String> literal(List<Triple> triples, Node s, Node p) {
        return objects(triples, s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst();
    }

    private static List<Node> subjectsOfType(List<Triple> triples, Node type) {
        return triples.stream().filter(t -> t.getPredicate().equals(RDF.type.asNode()) && t.getObject().equals(type))
                .map(Triple::getSubject).distinct().toList();
    }
}
