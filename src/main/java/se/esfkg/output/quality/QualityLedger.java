package se.esfkg.output.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import se.esfkg.map.Esf;
import se.esfkg.problem.Problem;
import se.esfkg.problem.Severity;

/**
 * Gathers the quality report as a conversion runs: a small row per written source record (read
 * from its graph, so the report says what was published, not what the parser hoped) and every
 * problem, which is matched to its record at the end because a page's warnings are reported before
 * its graph is written. A file with errors and no written record is a rejected page.
 *
 * <p>Nothing personal reaches the report: the fields it reads are the project's, never the
 * contact's, and problem messages are cleared of e-mail addresses, telephone numbers and the quoted
 * text of contact fields before they are kept.
 */
final class QualityLedger {

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

    private final List<Written> written = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /** One written record as the report needs it; the graph itself is not kept. */
    private record Written(String file, int line, String layout, String title, String project, List<String> found,
            List<String> missing, List<String> unresolved, List<PageQuality.Classified> classifications) {
    }

    void page(Node graphName, List<Triple> triples) {
        if (!has(triples, graphName, RDF.type.asNode(), Esf.SourceRecord)) {
            return; // ontology, concept schemes, reference tables
        }
        String file = literal(triples, graphName, DCTerms.identifier.asNode()).orElse(graphName.getURI());
        int line = literal(triples, graphName, Esf.sourceLine).map(Integer::parseInt).orElse(0);
        String layout = literal(triples, graphName, Esf.layout).orElse("");
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
            written.add(new Written(file, line, layout, literal(triples, project, DCTerms.title.asNode()).orElse(""),
                    project.getURI(), found, missing, unresolved.stream().distinct().sorted().toList(), classified));
        }
    }

    void problem(Problem p) {
        problems.add(p);
    }

    /** Every record and rejected page, by file and line. */
    List<PageQuality> pages() {
        Map<String, List<Written>> byFile = new TreeMap<>();
        written.forEach(w -> byFile.computeIfAbsent(w.file(), k -> new ArrayList<>()).add(w));
        byFile.values().forEach(l -> l.sort(Comparator.comparingInt(Written::line)));
        Map<Written, List<Problem>> attached = new java.util.IdentityHashMap<>();
        Map<String, List<Problem>> rejected = new TreeMap<>();
        for (Problem p : problems) {
            String file = p.location().file();
            List<Written> records = byFile.get(file);
            if (records == null) {
                rejected.computeIfAbsent(file + "\u0000" + 0, k -> new ArrayList<>()).add(p);
            } else if (p.severity() != Severity.WARNING && records.stream().noneMatch(w -> w.line() == p.location().line())
                    && records.size() > 1) {
                // A file of several records (an export) where one row was left out: that row is its own entry.
                rejected.computeIfAbsent(file + "\u0000" + p.location().line(), k -> new ArrayList<>()).add(p);
            } else {
                attached.computeIfAbsent(recordAt(records, p.location().line()), k -> new ArrayList<>()).add(p);
            }
        }
        List<PageQuality> pages = new ArrayList<>();
        for (List<Written> records : byFile.values()) {
            for (Written w : records) {
                List<Problem> ps = attached.getOrDefault(w, List.of());
                pages.add(new PageQuality(w.file(), w.line(), w.layout(), PageQuality.Status.CONVERTED, w.title(),
                        w.project(), w.found(), w.missing(), warnings(ps), w.unresolved(), unknownHeadings(ps),
                        w.classifications()));
            }
        }
        rejected.forEach((key, ps) -> {
            String[] parts = key.split("\u0000", 2);
            pages.add(new PageQuality(parts[0], Integer.parseInt(parts[1]), "", PageQuality.Status.REJECTED, "", "",
                    List.of(), List.of(), warnings(ps), List.of(), unknownHeadings(ps), List.of()));
        });
        pages.sort(Comparator.comparing(PageQuality::file).thenComparingInt(PageQuality::line));
        return pages;
    }

    QualityTotals totals(List<PageQuality> pages) {
        return QualityTotals.of(pages, List.copyOf(FIELDS.keySet()));
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
