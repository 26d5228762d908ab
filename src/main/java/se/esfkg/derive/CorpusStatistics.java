package se.esfkg.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import se.esfkg.map.Esf;
import se.esfkg.map.Iris;
import se.esfkg.map.Prov;
import se.esfkg.map.SearchableTerms;
import se.esfkg.text.SortKeys;

/**
 * The corpus statistics graph: what the heavy example questions compute over every project, computed
 * once per run from the pages written — municipality pairs with their shared partners, each partner's
 * municipalities, and budget and project totals per county, ESF region and programme area and phase.
 * It answers exactly as the join-based questions do over the union of the page graphs, so a project
 * merged from two sources counts with the union of its values.
 *
 * <p>A run keeps only a {@link Tally}: per project a few interned ids, never a page. Everything is
 * ordered before it is written, so the graph does not depend on the number of workers.
 */
public final class CorpusStatistics {

    /** Graphs the partners' reach is spread over; fixed, so a partner's graph never moves. */
    static final int REACH_BUCKETS = 64;

    private final Iris iris;
    private final Node conversion;
    private final SearchableTerms searchable;
    private final Graph reference;
    private final Graph concepts;
    /** The municipalities in code order; a pair is written lower code first. */
    private final List<Node> municipalities;
    private final Map<Node, Integer> municipalityIndex = new HashMap<>();

    public CorpusStatistics(Iris iris, Node conversion, Graph reference, Graph concepts, SearchableTerms searchable) {
        this.iris = iris;
        this.conversion = conversion;
        this.searchable = searchable;
        this.reference = reference;
        this.concepts = concepts;
        this.municipalities = reference.find(Node.ANY, RDF.type.asNode(), Esf.Municipality).mapWith(Triple::getSubject)
                .toList().stream().sorted(Comparator.comparing(m -> literal(reference, m, Esf.municipalityCode)))
                .toList();
        for (int i = 0; i < municipalities.size(); i++) {
            municipalityIndex.put(municipalities.get(i), i);
        }
    }

    public Node graphName() {
        return iris.statisticsGraph();
    }

    /** The organisation-type concept the organisation list gives a municipality acting in a project. */
    static final Node MUNICIPALITY_KIND = Esf.def("organisation-type", "municipality");

    /** {@code <base>graph/statistics/organisations/<hex>}: the organisations whose sort keys begin with {@code prefix}. */
    public Node organisationGraph(String prefix) {
        return iris.node("graph/statistics/organisations/" + SortKeys.hex(prefix));
    }

    /**
     * {@code <base>graph/statistics/lists}: the figures the site's lists and pictures read, and each title
     * and organisation graph with its prefix and size.
     */
    public Node listsGraph() {
        return iris.node("graph/statistics/lists");
    }

    /** {@code <base>graph/statistics/titles/<hex>}: the sort keys beginning with {@code prefix} (hex of its UTF-8). */
    public Node titleGraph(String prefix) {
        return iris.node("graph/statistics/titles/" + SortKeys.hex(prefix));
    }

    /** {@code <base>graph/statistics/partners/<nn>}: the reach of the partners hashed to bucket nn. */
    Node reachGraph(int bucket) {
        return iris.node("graph/statistics/partners/" + String.format(java.util.Locale.ROOT, "%02d", bucket));
    }

    /** String.hashCode is specified by the JDK, so a partner's bucket is the same on every run and JVM. */
    static int reachBucket(Node partner) {
        return Math.floorMod(partner.getURI().hashCode(), REACH_BUCKETS);
    }

    /** The facts of one page; safe on any thread. */
    public PageFacts factsOf(Node graphName, Graph page) {
        return PageFacts.of(graphName, page);
    }

    /** A new, empty tally for one run. */
    public Tally tally() {
        return new Tally();
    }

    /** One run's facts, added in the order pages are written. */
    public final class Tally {
        private final Map<Node, Integer> ids = new HashMap<>();
        private final List<Node> terms = new ArrayList<>();
        private final Map<Integer, Project> projects = new HashMap<>();
        private final Map<Integer, int[]> parents = new HashMap<>();
        private final Map<Integer, Node> areaNames = new HashMap<>();
        private final Map<Integer, Set<Node>> partnerNames = new HashMap<>();
        private final Map<Integer, Set<Node>> organisationNames = new HashMap<>();
        private final Map<Integer, Set<Node>> organisationKinds = new HashMap<>();

        public void add(PageFacts facts) {
            for (PageFacts.ProjectFacts p : facts.projects()) {
                Project fresh = new Project(ids(p.municipalities()), ids(p.partners()), ids(p.grants()),
                        ids(p.totals()), ids(p.regions()), ids(p.programmeAreas()), ids(p.phases()),
                        ids(p.mentions()), ids(p.agents()), ids(p.titles()), ids(p.starts()), ids(p.ends()),
                        ids(p.cooperationModels()), ids(p.targetGroups()));
                projects.merge(id(p.project()), fresh, Project::union);
            }
            facts.unitParents().forEach((unit, up) -> parents.merge(id(unit), ids(up), Tally::union));
            facts.names().forEach((area, name) -> areaNames.putIfAbsent(id(area), name));
            facts.partnerNames().forEach((org, names) -> partnerNames.computeIfAbsent(id(org), k -> new HashSet<>()).addAll(names));
            facts.organisations().forEach((org, o) -> {
                organisationNames.computeIfAbsent(id(org), k -> new HashSet<>()).addAll(o.names());
                organisationKinds.computeIfAbsent(id(org), k -> new HashSet<>()).addAll(o.kinds());
            });
        }

        /** Writes the statistics graph and the pair graphs, each whole, in a fixed order. */
        public void write(BiConsumer<Node, Graph> sink) {
            Graphs out = new Graphs(sink);
            Map<Integer, BitSet> exact = new TreeMap<>(byTerm());
            Map<Integer, BitSet> rolledUp = new TreeMap<>(byTerm());
            for (Project p : projects.values()) {
                for (int m : p.municipalities) {
                    Integer at = municipalityIndex.get(terms.get(m));
                    if (at == null) {
                        continue;
                    }
                    for (int org : p.partners) {
                        exact.computeIfAbsent(org, k -> new BitSet()).set(at);
                        for (int partner : rollUp(org)) {
                            rolledUp.computeIfAbsent(partner, k -> new BitSet()).set(at);
                        }
                    }
                }
            }
            writePairs(out, rolledUp, exact);
            writePartners(out, rolledUp, exact.keySet());
            writeBudgetTotals(out, "county", this::countiesOf);
            writeBudgetTotals(out, "region", p -> p.regions);
            writeTallies(out);
            writeMunicipalityTallies(out, "municipality", Esf.municipality, p -> p.municipalities);
            writeMunicipalityTallies(out, "municipality-mentions", Esf.mentionsMunicipality, p -> p.mentions);
            writeCorpusFigures(out);
            writeProvenance(out);
            Graph lists = GraphFactory.createDefaultGraph();
            writeTitleBuckets(out, lists);
            writeOrganisationList(out, lists);
            writeListFigures(lists);
            GraphUtil.addInto(out.part(listsGraph()), lists);
            out.finish();
        }

        /** An agency's local office counts as the agency; a municipality's own department does not. */
        private int[] rollUp(int org) {
            int[] up = parents.get(org);
            if (up == null) {
                return new int[] {org};
            }
            int[] kept = Arrays.stream(up).filter(p -> !municipalityIndex.containsKey(terms.get(p))).toArray();
            return kept.length == 0 ? new int[] {org} : kept;
        }

        /**
         * The pairs whose lower municipality is {@code a}, per higher municipality index, with the
         * partners both have in the order of {@code municipalitiesOf}. Found one lower municipality at
         * a time: every pair's list at once was 1.26 million boxed entries at 100,000 pages, twice.
         */
        private List<Integer>[] pairsOf(int a, Map<Integer, BitSet> municipalitiesOf) {
            @SuppressWarnings("unchecked")
            List<Integer>[] withB = new List[municipalities.size()];
            municipalitiesOf.forEach((partner, bits) -> {
                if (bits.get(a)) {
                    for (int b = bits.nextSetBit(a + 1); b >= 0; b = bits.nextSetBit(b + 1)) {
                        if (withB[b] == null) {
                            withB[b] = new ArrayList<>();
                        }
                        withB[b].add(partner);
                    }
                }
            });
            return withB;
        }

        private void writePairs(Graphs out, Map<Integer, BitSet> rolledUpReach, Map<Integer, BitSet> exactReach) {
            for (int a = 0; a < municipalities.size(); a++) {
                List<Integer>[] rolledUp = pairsOf(a, rolledUpReach);
                List<Integer>[] exact = pairsOf(a, exactReach);
                for (int b = a + 1; b < rolledUp.length; b++) {
                    // Exact sharing implies sharing after the roll-up, so every pair is among the rolled-up ones.
                    if (rolledUp[b] != null) {
                        writePair(out, a, b, rolledUp[b], exact[b] == null ? List.of() : exact[b]);
                    }
                }
            }
        }

        private void writePair(Graphs out, int lower, int higher, List<Integer> partners, List<Integer> same) {
            Node a = municipalities.get(lower);
            Node b = municipalities.get(higher);
            Node pair = iris.node("statistics/municipality-pair/" + literal(reference, a, Esf.municipalityCode)
                    + "-" + literal(reference, b, Esf.municipalityCode));
            Graph g = out.part(iris.node("graph/statistics/pairs/" + literal(reference, a, Esf.municipalityCode)));
            g.add(pair, RDF.type.asNode(), Esf.MunicipalityPair);
            g.add(pair, Esf.pairMember, a);
            g.add(pair, Esf.pairMember, b);
            List<String> names = new ArrayList<>(List.of(literal(reference, a, RDFS.label.asNode()),
                    literal(reference, b, RDFS.label.asNode())));
            names.sort(null);
            g.add(pair, RDFS.label.asNode(), NodeFactory.createLiteralLang(names.get(0) + " och " + names.get(1), "sv"));
            g.add(pair, RDFS.label.asNode(), NodeFactory.createLiteralLang(names.get(0) + " and " + names.get(1), "en"));
            partners.forEach(p -> g.add(pair, Esf.sharedPartner, terms.get(p)));
            g.add(pair, Esf.sharedPartnerCount, integer(partners.size()));
            same.forEach(o -> g.add(pair, Esf.sharedOrganisation, terms.get(o)));
            g.add(pair, Esf.sharedOrganisationCount, integer(same.size()));
        }

        /**
         * Each partner's municipalities, in the graph of its bucket: a hub's reach is a few hundred
         * triples, every partner's together grow with the corpus, so they are spread over a fixed
         * number of graphs by a stable hash of the partner's IRI. A page then replaces only the
         * buckets of partners whose reach it changes.
         */
        private void writePartners(Graphs out, Map<Integer, BitSet> rolledUp, Set<Integer> exact) {
            Map<Integer, Set<Integer>> buckets = new TreeMap<>();
            // A partner shared only as itself (an agency's office) goes with the agency it rolls up to,
            // so the names add no graph to the reach's buckets.
            Stream.concat(rolledUp.keySet().stream(), exact.stream()).distinct().forEach(partner -> buckets
                    .computeIfAbsent(reachBucket(terms.get(rolledUp.containsKey(partner) ? partner : rollUp(partner)[0])),
                            k -> new java.util.TreeSet<>(byTerm())).add(partner));
            buckets.forEach((bucket, partners) -> partners.forEach(partner -> {
                Node org = terms.get(partner);
                Graph g = out.part(reachGraph(bucket));
                BitSet bits = rolledUp.get(partner);
                if (bits != null) {
                    bits.stream().forEach(i -> g.add(org, Esf.partnerMunicipality, municipalities.get(i)));
                    g.add(org, Esf.partnerMunicipalityCount, integer(bits.cardinality()));
                }
                // Every name the pages state, once: a hub's skos:prefLabel otherwise stands in every
                // page graph that names it, and a question naming partners read it thousands of times.
                partnerNames.getOrDefault(partner, Set.of()).stream().sorted(Comparator.comparing(Node::toString))
                        .forEach(name -> g.add(org, Esf.partnerName, name));
            }));
        }

        private int[] countiesOf(Project p) {
            Set<Integer> counties = new LinkedHashSet<>();
            for (int m : p.municipalities) {
                reference.find(terms.get(m), Esf.county, Node.ANY).forEachRemaining(t -> counties.add(id(t.getObject())));
            }
            return counties.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * Projects counted and their amounts summed per area, as SUM and COUNT over the join
         * project × area × grant × total do: a project stating two grants counts once per pair.
         */
        private void writeBudgetTotals(Graphs out, String kind, java.util.function.Function<Project, int[]> areasOf) {
            Map<Integer, Sums> sums = new TreeMap<>(byTerm());
            for (Project p : projects.values()) {
                if (!numbers(p.grants) || !numbers(p.totals)) {
                    continue;
                }
                for (int area : areasOf.apply(p)) {
                    Sums s = sums.computeIfAbsent(area, k -> new Sums());
                    for (int grant : p.grants) {
                        for (int total : p.totals) {
                            s.add(NodeValue.makeNode(terms.get(grant)), NodeValue.makeNode(terms.get(total)));
                        }
                    }
                }
            }
            sums.forEach((area, s) -> {
                Node place = terms.get(area);
                Node totals = iris.node("statistics/" + kind + "/" + lastSegment(place));
                Graph g = out.main();
                g.add(totals, RDF.type.asNode(), Esf.BudgetTotals);
                g.add(totals, Esf.totalsOf, place);
                g.add(totals, Esf.projectCount, integer(s.rows));
                g.add(totals, Esf.esfGrantSum, s.grant.asNode());
                g.add(totals, Esf.totalBudgetSum, s.total.asNode());
                label(g, totals, "Budget för projekt i ", "Budget of projects in ", place, reference);
            });
        }

        private boolean numbers(int[] amounts) {
            return amounts.length > 0 && Arrays.stream(amounts).allMatch(a -> NodeValue.makeNode(terms.get(a)).isNumber());
        }

        private void writeTallies(Graphs out) {
            Map<List<Integer>, Long> counts = new TreeMap<>(Comparator.<List<Integer>, Node>comparing(k -> terms.get(k.get(0)),
                    Comparator.comparing(Node::getURI)).thenComparing(k -> terms.get(k.get(1)).getURI()));
            for (Project p : projects.values()) {
                for (int area : p.programmeAreas) {
                    for (int phase : p.phases) {
                        counts.merge(List.of(area, phase), 1L, Long::sum);
                    }
                }
            }
            counts.forEach((key, n) -> {
                Node area = terms.get(key.get(0));
                Node phase = terms.get(key.get(1));
                Node tally = iris.node("statistics/programme-area-phase/" + lastSegment(area) + "/" + lastSegment(phase));
                Graph g = out.main();
                g.add(tally, RDF.type.asNode(), Esf.ProjectTally);
                g.add(tally, Esf.totalsOf, area);
                g.add(tally, Esf.totalsOf, phase);
                g.add(tally, Esf.projectCount, integer(n));
                String areaName = Optional.ofNullable(areaNames.get(key.get(0))).map(Node::getLiteralLexicalForm)
                        .orElse(lastSegment(area));
                String phaseSv = labelIn(concepts, phase, "sv").orElse(lastSegment(phase));
                String phaseEn = labelIn(concepts, phase, "en").orElse(lastSegment(phase));
                g.add(tally, RDFS.label.asNode(), NodeFactory.createLiteralLang("Projekt i " + areaName + ", " + phaseSv, "sv"));
                g.add(tally, RDFS.label.asNode(), NodeFactory.createLiteralLang("Projects in " + areaName + ", " + phaseEn, "en"));
            });
        }

        /**
         * Per municipality, the projects tied to it by {@code property} (declaring it, or naming it in
         * their text), as the municipality list counts them; a municipality no project names has none.
         */
        private void writeMunicipalityTallies(Graphs out, String kind, Node property,
                java.util.function.Function<Project, int[]> municipalitiesOf) {
            long[] counts = new long[municipalities.size()];
            for (Project p : projects.values()) {
                for (int m : municipalitiesOf.apply(p)) {
                    Integer at = municipalityIndex.get(terms.get(m));
                    if (at != null) {
                        counts[at]++;
                    }
                }
            }
            Graph g = out.main();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    continue;
                }
                Node m = municipalities.get(i);
                Node tally = iris.node("statistics/" + kind + "/" + literal(reference, m, Esf.municipalityCode));
                g.add(tally, RDF.type.asNode(), Esf.ProjectTally);
                g.add(tally, Esf.totalsOf, m);
                g.add(tally, Esf.countedBy, property);
                g.add(tally, Esf.projectCount, integer(counts[i]));
                String name = literal(reference, m, RDFS.label.asNode());
                boolean declared = property.equals(Esf.municipality);
                g.add(tally, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                        (declared ? "Projekt i " : "Projekt som nämner ") + name, "sv"));
                g.add(tally, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                        (declared ? "Projects in " : "Projects naming ") + name, "en"));
            }
        }

        /**
         * The corpus as the home page states it: projects; organisations acting in a project, with the
         * organisations whose units act (a municipality's department does not add the municipality);
         * and the municipalities projects declare.
         */
        private void writeCorpusFigures(Graphs out) {
            Set<Integer> organisations = new HashSet<>();
            Set<Integer> declared = new HashSet<>();
            for (Project p : projects.values()) {
                for (int agent : p.agents) {
                    organisations.add(agent);
                    for (int parent : parents.getOrDefault(agent, new int[0])) {
                        if (!municipalityIndex.containsKey(terms.get(parent))) {
                            organisations.add(parent);
                        }
                    }
                }
                Arrays.stream(p.municipalities).forEach(declared::add);
            }
            Node corpus = iris.node("statistics/corpus");
            Graph g = out.main();
            g.add(corpus, RDF.type.asNode(), Esf.CorpusFigures);
            g.add(corpus, Esf.projectCount, integer(projects.size()));
            g.add(corpus, Esf.organisationCount, integer(organisations.size()));
            g.add(corpus, Esf.municipalityCount, integer(declared.size()));
            g.add(corpus, RDFS.label.asNode(), NodeFactory.createLiteralLang("Alla projekt i siffror", "sv"));
            g.add(corpus, RDFS.label.asNode(), NodeFactory.createLiteralLang("Every project in figures", "en"));
        }

        /**
         * The graph as a whole, stated once: generated by this conversion, like every page graph it
         * counts ({@code ?page prov:wasGeneratedBy} the same activity). Listing the pages here would
         * make the graph grow with the corpus and change with every page added or removed.
         */
        private void writeProvenance(Graphs out) {
            Node graph = graphName();
            Graph g = out.main();
            g.add(graph, RDF.type.asNode(), Prov.Entity);
            g.add(graph, Prov.wasGeneratedBy, conversion);
            g.add(graph, RDFS.label.asNode(), NodeFactory.createLiteralLang("Statistik över alla projekt", "sv"));
            g.add(graph, RDFS.label.asNode(), NodeFactory.createLiteralLang("Statistics over every project", "en"));
        }

        /**
         * What the site's project list and pictures count, in {@code graph/statistics/lists}: the projects
         * of each filter value (as the list's filters count them: distinct projects), the projects running
         * in each year, the projects starting in each year with each cooperation model and target group,
         * and the budget totals per start year. A few hundred nodes, whatever the corpus's size (with the
         * index of the title and organisation graphs, a node per graph).
         */
        private void writeListFigures(Graph g) {
            writeValueTallies(g, "region", Esf.region, p -> p.regions);
            writeValueTallies(g, "county", Esf.county, this::countiesOf);
            writeValueTallies(g, "programme-area", Esf.programmeArea, p -> p.programmeAreas);
            writeValueTallies(g, "phase", Esf.phase, p -> p.phases);
            writeValueTallies(g, "cooperation-model", Esf.cooperationModel, p -> p.cooperationModels);
            writeValueTallies(g, "target-group", Esf.targetGroup, p -> p.targetGroups);
            writeRunningYears(g);
            writeStartYearTallies(g, "cooperation-model", Esf.cooperationModel, p -> p.cooperationModels);
            writeStartYearTallies(g, "target-group", Esf.targetGroup, p -> p.targetGroups);
            writeStartYearBudgets(g);
        }

        private void writeValueTallies(Graph g, String kind, Node property, java.util.function.Function<Project, int[]> valuesOf) {
            Map<Integer, Long> counts = new TreeMap<>(byTerm());
            for (Project p : projects.values()) {
                Arrays.stream(valuesOf.apply(p)).distinct().forEach(v -> counts.merge(v, 1L, Long::sum));
            }
            counts.forEach((value, n) -> {
                Node v = terms.get(value);
                if (!v.isURI()) {
                    return;
                }
                Node tally = iris.node("statistics/tally/" + kind + "/" + lastSegment(v));
                g.add(tally, RDF.type.asNode(), Esf.ProjectTally);
                g.add(tally, Esf.totalsOf, v);
                g.add(tally, Esf.countedBy, property);
                g.add(tally, Esf.projectCount, integer(n));
                tallyLabel(g, tally, v, "");
            });
        }

        /** A project runs in every year from its start's to its end's (any start with any end, as the list's year filter). */
        private void writeRunningYears(Graph g) {
            Map<Integer, Long> counts = new TreeMap<>();
            for (Project p : projects.values()) {
                Set<Integer> running = new java.util.TreeSet<>();
                for (int s : p.starts) {
                    for (int e : p.ends) {
                        Integer from = year(terms.get(s));
                        Integer to = year(terms.get(e));
                        if (from != null && to != null) {
                            for (int y = from; y <= to; y++) {
                                running.add(y);
                            }
                        }
                    }
                }
                running.forEach(y -> counts.merge(y, 1L, Long::sum));
            }
            counts.forEach((y, n) -> {
                Node tally = iris.node("statistics/tally/running-year/" + y);
                g.add(tally, RDF.type.asNode(), Esf.ProjectTally);
                g.add(tally, Esf.runningYear, integer(y));
                g.add(tally, Esf.projectCount, integer(n));
                g.add(tally, RDFS.label.asNode(), NodeFactory.createLiteralLang("Projekt som pågår " + y, "sv"));
                g.add(tally, RDFS.label.asNode(), NodeFactory.createLiteralLang("Projects running in " + y, "en"));
            });
        }

        private void writeStartYearTallies(Graph g, String kind, Node property, java.util.function.Function<Project, int[]> valuesOf) {
            Map<List<Integer>, Long> counts = new TreeMap<>(Comparator.<List<Integer>>comparingInt(k -> k.get(0))
                    .thenComparing(k -> terms.get(k.get(1)).toString()));
            for (Project p : projects.values()) {
                Set<Integer> years = startYears(p);
                for (int y : years) {
                    Arrays.stream(valuesOf.apply(p)).distinct().forEach(v -> counts.merge(List.of(y, v), 1L, Long::sum));
                }
            }
            counts.forEach((key, n) -> {
                Node v = terms.get(key.get(1));
                if (!v.isURI()) {
                    return;
                }
                Node tally = iris.node("statistics/tally/start-year/" + key.get(0) + "/" + kind + "/" + lastSegment(v));
                g.add(tally, RDF.type.asNode(), Esf.ProjectTally);
                g.add(tally, Esf.totalsOf, v);
                g.add(tally, Esf.countedBy, property);
                g.add(tally, Esf.startYear, integer(key.get(0)));
                g.add(tally, Esf.projectCount, integer(n));
                tallyLabel(g, tally, v, ", " + key.get(0));
            });
        }

        /** As the totals per county and region: the projects stating both amounts, per year one of their starts falls in. */
        private void writeStartYearBudgets(Graph g) {
            Map<Integer, Sums> sums = new TreeMap<>();
            for (Project p : projects.values()) {
                if (!numbers(p.grants) || !numbers(p.totals)) {
                    continue;
                }
                for (int y : startYears(p)) {
                    Sums s = sums.computeIfAbsent(y, k -> new Sums());
                    for (int grant : p.grants) {
                        for (int total : p.totals) {
                            s.add(NodeValue.makeNode(terms.get(grant)), NodeValue.makeNode(terms.get(total)));
                        }
                    }
                }
            }
            sums.forEach((y, s) -> {
                Node totals = iris.node("statistics/start-year/" + y);
                g.add(totals, RDF.type.asNode(), Esf.BudgetTotals);
                g.add(totals, Esf.startYear, integer(y));
                g.add(totals, Esf.projectCount, integer(s.rows));
                g.add(totals, Esf.esfGrantSum, s.grant.asNode());
                g.add(totals, Esf.totalBudgetSum, s.total.asNode());
                g.add(totals, RDFS.label.asNode(), NodeFactory.createLiteralLang("Budget för projekt som börjar " + y, "sv"));
                g.add(totals, RDFS.label.asNode(), NodeFactory.createLiteralLang("Budget of projects starting in " + y, "en"));
            });
        }

        private Set<Integer> startYears(Project p) {
            Set<Integer> years = new java.util.TreeSet<>();
            for (int s : p.starts) {
                Integer y = year(terms.get(s));
                if (y != null) {
                    years.add(y);
                }
            }
            return years;
        }

        private void tallyLabel(Graph g, Node tally, Node value, String suffix) {
            Node named = areaNames.entrySet().stream().filter(e -> terms.get(e.getKey()).equals(value))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            String sv = named != null ? named.getLiteralLexicalForm()
                    : labelIn(reference, value, "sv").or(() -> labelIn(concepts, value, "sv")).orElse(lastSegment(value));
            String en = named != null ? sv
                    : labelIn(reference, value, "en").or(() -> labelIn(concepts, value, "en")).orElse(sv);
            g.add(tally, RDFS.label.asNode(), NodeFactory.createLiteralLang("Projekt: " + sv + suffix, "sv"));
            g.add(tally, RDFS.label.asNode(), NodeFactory.createLiteralLang("Projects: " + en + suffix, "en"));
        }

        /**
         * Each project's sort key (its title in lower case, the least when it has several), in one graph per
         * key's first two characters, and in the lists graph each such graph with its prefix and number of
         * projects. The project list reads a page from one or a few of these graphs, never sorting the corpus;
         * a page's new title replaces one or two of them.
         */
        private void writeTitleBuckets(Graphs out, Graph index) {
            Map<String, Map<Node, String>> buckets = new TreeMap<>();
            for (Map.Entry<Integer, Project> e : new TreeMap<>(projects).entrySet()) {
                Project p = e.getValue();
                Arrays.stream(p.titles).mapToObj(terms::get).filter(Node::isLiteral)
                        .map(t -> SortKeys.of(t.getLiteralLexicalForm())).min(Comparator.naturalOrder())
                        .ifPresent(key -> buckets.computeIfAbsent(SortKeys.prefix(key), k -> new TreeMap<>(Comparator.comparing(Node::getURI)))
                                .put(terms.get(e.getKey()), key));
            }
            buckets.forEach((prefix, keys) -> {
                Node graph = titleGraph(prefix);
                Graph g = out.part(graph);
                keys.forEach((project, key) -> g.add(project, Esf.sortKey, NodeFactory.createLiteralString(key)));
                index.add(graph, Esf.sortKeyPrefix, NodeFactory.createLiteralString(prefix));
                index.add(graph, Esf.projectCount, integer(keys.size()));
            });
        }

        /**
         * The organisation list as graphs of at most a few thousand organisations: every organisation acting
         * in a project, and every non-municipal organisation whose unit does, with its sort key (its name in
         * lower case) and its number of projects (its own roles' and its units'), in one graph per key's
         * first two characters; in {@code graph/statistics/organisations} each such graph with its prefix
         * and size, and the organisations of each kind.
         */
        private void writeOrganisationList(Graphs out, Graph index) {
            Map<Integer, Long> projectCounts = new HashMap<>();
            Set<Integer> listed = new HashSet<>();
            for (Project p : projects.values()) {
                Set<Integer> counted = new HashSet<>();
                for (int agent : p.agents) {
                    listed.add(agent);
                    counted.add(agent);
                    for (int parent : parents.getOrDefault(agent, new int[0])) {
                        counted.add(parent);
                        if (!municipalityIndex.containsKey(terms.get(parent))) {
                            listed.add(parent);
                        }
                    }
                }
                counted.forEach(o -> projectCounts.merge(o, 1L, Long::sum));
            }
            Map<String, Map<Node, String>> buckets = new TreeMap<>();
            Map<Node, Long> kinds = new TreeMap<>(Comparator.comparing(Node::getURI));
            for (int org : listed) {
                Node node = terms.get(org);
                Set<Node> names = new HashSet<>(organisationNames.getOrDefault(org, Set.of()));
                if (names.isEmpty()) {
                    reference.find(node, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(t -> names.add(t.getObject()));
                }
                Optional<String> key = names.stream().filter(Node::isLiteral).map(n -> SortKeys.of(n.getLiteralLexicalForm()))
                        .min(Comparator.naturalOrder());
                if (key.isEmpty() || !node.isURI()) {
                    continue;
                }
                buckets.computeIfAbsent(SortKeys.prefix(key.get()), k -> new TreeMap<>(Comparator.comparing(Node::getURI)))
                        .put(node, key.get());
                kindsOf(org).forEach(kind -> kinds.merge(kind, 1L, Long::sum));
            }
            buckets.forEach((prefix, keys) -> {
                Node graph = organisationGraph(prefix);
                Graph g = out.part(graph);
                keys.forEach((org, key) -> {
                    g.add(org, Esf.sortKey, NodeFactory.createLiteralString(key));
                    g.add(org, Esf.projectCount, integer(projectCounts.getOrDefault(id(org), 0L)));
                });
                index.add(graph, Esf.sortKeyPrefix, NodeFactory.createLiteralString(prefix));
                index.add(graph, Esf.organisationCount, integer(keys.size()));
            });
            kinds.forEach((kind, n) -> {
                Node tally = iris.node("statistics/tally/organisation-type/" + lastSegment(kind));
                index.add(tally, RDF.type.asNode(), Esf.OrganisationTally);
                index.add(tally, Esf.totalsOf, kind);
                index.add(tally, Esf.organisationCount, integer(n));
                String sv = labelIn(concepts, kind, "sv").orElse(lastSegment(kind));
                index.add(tally, RDFS.label.asNode(), NodeFactory.createLiteralLang("Organisationer: " + sv, "sv"));
                index.add(tally, RDFS.label.asNode(), NodeFactory.createLiteralLang("Organisations: "
                        + labelIn(concepts, kind, "en").orElse(sv), "en"));
            });
        }

        /** Its declared kinds (the page's, else the reference's); a municipality without one is of the municipality kind. */
        private Set<Node> kindsOf(int org) {
            Node node = terms.get(org);
            Set<Node> kinds = new HashSet<>(organisationKinds.getOrDefault(org, Set.of()));
            if (kinds.isEmpty()) {
                reference.find(node, Esf.organisationType, Node.ANY).forEachRemaining(t -> kinds.add(t.getObject()));
            }
            if (kinds.isEmpty() && municipalityIndex.containsKey(node)) {
                kinds.add(MUNICIPALITY_KIND);
            }
            return kinds;
        }

        private Integer year(Node date) {
            if (!date.isLiteral()) {
                return null;
            }
            String lex = date.getLiteralLexicalForm();
            return lex.matches("\\d{4}-.*") ? Integer.valueOf(lex.substring(0, 4)) : null;
        }

        private Comparator<Integer> byTerm() {
            return Comparator.comparing(i -> terms.get(i).toString());
        }

        private int id(Node n) {
            Integer known = ids.get(n);
            if (known != null) {
                return known;
            }
            ids.put(n, terms.size());
            terms.add(n);
            return terms.size() - 1;
        }

        private int[] ids(List<Node> nodes) {
            return nodes.stream().mapToInt(this::id).distinct().sorted().toArray();
        }

        private static int[] union(int[] a, int[] b) {
            return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
        }
    }

    /**
     * Rows, and the two amounts added as SPARQL's SUM adds them (from integer 0, with XSD's numeric
     * promotion), so a total is the same term the join-based query answers, down to its lexical form.
     */
    private static final class Sums {
        long rows;
        NodeValue grant = NodeValue.makeInteger(0);
        NodeValue total = NodeValue.makeInteger(0);

        void add(NodeValue g, NodeValue t) {
            rows++;
            grant = XSDFuncOp.numAdd(grant, g);
            total = XSDFuncOp.numAdd(total, t);
        }
    }

    /** A project's values as ids, the union over every page that describes it. */
    private record Project(int[] municipalities, int[] partners, int[] grants, int[] totals, int[] regions,
            int[] programmeAreas, int[] phases, int[] mentions, int[] agents, int[] titles, int[] starts, int[] ends,
            int[] cooperationModels, int[] targetGroups) {
        Project union(Project o) {
            return new Project(Tally.union(municipalities, o.municipalities), Tally.union(partners, o.partners),
                    Tally.union(grants, o.grants), Tally.union(totals, o.totals), Tally.union(regions, o.regions),
                    Tally.union(programmeAreas, o.programmeAreas), Tally.union(phases, o.phases),
                    Tally.union(mentions, o.mentions), Tally.union(agents, o.agents), Tally.union(titles, o.titles),
                    Tally.union(starts, o.starts), Tally.union(ends, o.ends),
                    Tally.union(cooperationModels, o.cooperationModels), Tally.union(targetGroups, o.targetGroups));
        }
    }

    /**
     * Hands the graphs on, each whole: the pairs one graph per lower municipality (their keys come in
     * that order), the partners' reach one graph per bucket (in bucket order), then the totals, tallies
     * and provenance in the statistics graph itself, whose size does not grow with the corpus. A dump may then index and
     * fingerprint each graph as one piece, and no graph has to hold every pair.
     */
    private final class Graphs {
        private final BiConsumer<Node, Graph> sink;
        private final Graph main = GraphFactory.createDefaultGraph();
        private Node partName;
        private Graph part;

        Graphs(BiConsumer<Node, Graph> sink) {
            this.sink = sink;
        }

        Graph part(Node graphName) {
            if (!graphName.equals(partName)) {
                flushPart();
                partName = graphName;
                part = GraphFactory.createDefaultGraph();
            }
            return part;
        }

        Graph main() {
            return main;
        }

        void finish() {
            flushPart();
            emit(graphName(), main);
        }

        private void flushPart() {
            if (part != null) {
                emit(partName, part);
            }
            part = null;
            partName = null;
        }

        private void emit(Node name, Graph g) {
            if (!g.isEmpty()) {
                searchable.complete(g);
                sink.accept(name, g);
            }
        }
    }

    private static void label(Graph g, Node subject, String sv, String en, Node place, Graph names) {
        String svName = labelIn(names, place, "sv").orElse(lastSegment(place));
        String enName = labelIn(names, place, "en").orElse(svName);
        g.add(subject, RDFS.label.asNode(), NodeFactory.createLiteralLang(sv + svName, "sv"));
        g.add(subject, RDFS.label.asNode(), NodeFactory.createLiteralLang(en + enName, "en"));
    }

    private static Optional<String> labelIn(Graph g, Node subject, String lang) {
        return g.find(subject, SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(o -> o.isLiteral() && lang.equals(o.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    private static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject().getLiteralLexicalForm()).sorted()
                .findFirst().orElse("");
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static String lastSegment(Node iri) {
        String s = iri.getURI();
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
