package se.esfkg.classify;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.esfkg.classify.ConceptData.ConceptRules;
import se.esfkg.classify.ConceptData.CountryPhrases;
import se.esfkg.parse.ListItem;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.Section;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.SourceLocation;
import se.esfkg.resolve.Municipality;
import se.esfkg.resolve.MunicipalityMention;
import se.esfkg.resolve.OrgDecision;
import se.esfkg.resolve.OrgKind;
import se.esfkg.resolve.Organisation;
import se.esfkg.resolve.ResolvedProject;
import se.esfkg.resolve.Role;
import se.esfkg.text.Sentences;

/**
 * Assigns cooperation models, target groups and partner countries to a project from the phrases
 * and rules in the concept files and the tables under {@code classify/} (see
 * {@code docs/classification.md}). A phrase counts only in a sentence about this project: not in a
 * statistic, a quoted goal, a list of dissemination channels, another actor's work or under a
 * negation. The page's structure counts too: partners of a kind, municipalities listed, named or
 * counted, organisations named in the text. Every assignment carries the evidence that made it and
 * a confidence. An instance holds only immutable data and compiled patterns, so one instance
 * serves any number of threads. Each section is read once; each sentence's cues are read at most
 * once, so the cost grows linearly with the text.
 */
public final class CooperationClassifier {

    static final String RULE_MUNICIPALITIES = "municipalities>=2";
    static final String RULE_TRANSNATIONAL_SECTION = "section:" + SectionKind.TRANSNATIONAL.id();

    private static final Pattern FOREIGN_PRACTICE_START = Pattern.compile("^I\\h+");

    private final ConceptData data;
    private final Cues cues;
    private final StructureData structure;
    private final Pattern counted;
    private final Pattern company;

    /** The concept data given; the cue and structure tables shipped under {@code classify/}. */
    public CooperationClassifier(ConceptData data) {
        this(data, Cues.fromClasspath(), StructureData.fromClasspath());
    }

    public CooperationClassifier(ConceptData data, Cues cues, StructureData structure) {
        this.data = Objects.requireNonNull(data, "data");
        this.cues = Objects.requireNonNull(cues, "cues");
        this.structure = Objects.requireNonNull(structure, "structure");
        this.counted = structure.countedPattern();
        this.company = structure.companyPattern();
    }

    public ConceptData data() {
        return data;
    }

    public ClassificationResult classify(ResolvedProject project) {
        Page page = new Page(project.record());
        Optional<ConceptRules> transnational = data.cooperationModels().stream()
                .filter(c -> c.matchRules().contains(RULE_TRANSNATIONAL_SECTION))
                .findFirst();
        Optional<Evidence> notApplicable = transnational.flatMap(t -> notApplicable(page, t));
        Set<SentenceRef> countrySentences = countrySentencesInTransnationalSections(page);
        Map<String, List<Evidence>> structural = structuralEvidence(project, page);

        List<Classification> models = new ArrayList<>();
        for (ConceptRules concept : data.cooperationModels()) {
            boolean isTransnational = concept.matchRules().contains(RULE_TRANSNATIONAL_SECTION);
            if (isTransnational && notApplicable.isPresent()) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            if (isTransnational) {
                evidence.addAll(transnationalSectionEvidence(page));
            }
            evidence.addAll(phraseEvidence(page, concept, countrySentences, false));
            if (isTransnational) {
                evidence.addAll(countryPartnerEvidence(page, concept));
            }
            addUnlessSaid(evidence, structural.getOrDefault(notation(concept), List.of()));
            if (concept.matchRules().contains(RULE_MUNICIPALITIES)) {
                evidence.addAll(municipalityEvidence(project));
            }
            if (!evidence.isEmpty()) {
                models.add(new Classification(concept.iri(), evidence));
            }
        }

        List<Classification> groups = new ArrayList<>();
        for (ConceptRules concept : data.targetGroups()) {
            List<Evidence> evidence = phraseEvidence(page, concept, countrySentences, true);
            if (!evidence.isEmpty()) {
                groups.add(new Classification(concept.iri(), evidence));
            }
        }

        List<PartnerCountry> countries = notApplicable.isPresent() || transnational.isEmpty()
                ? List.of() : partnerCountries(page, transnational.get());
        return new ClassificationResult(models, groups, countries, notApplicable);
    }

    /**
     * Structural evidence that repeats a phrase already found in the same sentence ("våra tre
     * kommuner" is a phrase and a count) is left out, so the same words are never evidence twice.
     */
    private static void addUnlessSaid(List<Evidence> evidence, List<Evidence> structural) {
        for (Evidence e : structural) {
            boolean said = evidence.stream().anyMatch(x -> x.section() == e.section() && x.quote().equals(e.quote())
                    && x.location().equals(e.location())
                    && (x.matchedPhrase().contains(e.matchedPhrase()) || e.matchedPhrase().contains(x.matchedPhrase())));
            if (!said) {
                evidence.add(e);
            }
        }
    }

    private static String notation(ConceptRules concept) {
        return concept.iri().substring(concept.iri().lastIndexOf('/') + 1);
    }

    // --- the page as the rules see it -------------------------------------------------------

    /** The Swedish sections of a record, NFC-normalised and cut into sentences once. */
    private final class Page {
        final ProjectRecord record;
        final List<PageSection> sections;

        Page(ProjectRecord record) {
            this.record = record;
            this.sections = record.sections().stream()
                    .filter(s -> s.language().toLowerCase(Locale.ROOT).startsWith("sv"))
                    .map(PageSection::new)
                    .toList();
        }
    }

    /**
     * A section's text prepared once: NFC, lower-cased for the phrases' literal pre-check, split in
     * sentences; each sentence's cues are read when first asked for and kept.
     */
    private final class PageSection {
        final Section section;
        final String text;
        final Phrase.Text searchable;
        final List<Sentences.Span> sentences;
        private final SentenceVerdict[] verdicts;
        private List<CountryMatch> countries;

        PageSection(Section section) {
            this.section = section;
            this.text = Normalizer.normalize(section.text(), Normalizer.Form.NFC);
            this.searchable = Phrase.Text.of(text);
            this.sentences = Sentences.of(text);
            this.verdicts = new SentenceVerdict[sentences.size()];
        }

        /** The countries the section names, found once: several rules ask. */
        List<CountryMatch> countries() {
            if (countries == null) {
                countries = countryMatches(searchable);
            }
            return countries;
        }

        String sentenceAt(int offset) {
            Sentences.Span s = Sentences.around(sentences, offset);
            return text.substring(s.start(), s.end());
        }

        int sentenceIndex(int offset) {
            return sentences.indexOf(Sentences.around(sentences, offset));
        }

        SentenceVerdict verdict(int index) {
            if (verdicts[index] == null) {
                Sentences.Span span = sentences.get(index);
                String sentence = text.substring(span.start(), span.end());
                Cues.Reading reading = cues.read(sentence);
                Optional<String> notAbout = reading.notAboutProject().or(() -> foreignPractice(sentence));
                verdicts[index] = new SentenceVerdict(span, reading, notAbout);
            }
            return verdicts[index];
        }

        /** Why the words at [start, end) of the text do not speak about this project, or empty. */
        Optional<String> notCounted(int start, int end) {
            SentenceVerdict v = verdict(sentenceIndex(start));
            return v.notAboutProject().or(() -> v.reading().negation(start - v.span().start(), end - v.span().start())
                    .map(n -> "negation:" + n));
        }

        Evidence evidence(Phrase.Match m, String rule, String confidenceRule) {
            return new Evidence(section.kind(), m.matched(), sentenceAt(m.start()), rule, section.location(),
                    structure.confidenceOf(confidenceRule));
        }
    }

    /** What one sentence says about whom: its cues, and why it is not about this project if it is not. */
    private record SentenceVerdict(Sentences.Span span, Cues.Reading reading, Optional<String> notAboutProject) {
    }

    /** "I Danmark arbetar jobbcentren …": a sentence that opens with a country describes that country. */
    private Optional<String> foreignPractice(String sentence) {
        Matcher start = FOREIGN_PRACTICE_START.matcher(sentence);
        if (!start.find()) {
            return Optional.empty();
        }
        return countryMatches(Phrase.Text.of(sentence)).stream()
                .filter(cm -> cm.match().start() == start.end())
                .findFirst()
                .map(cm -> "other-actor:I " + cm.match().matched());
    }

    private record SentenceRef(int section, int sentence) {
    }

    // --- phrases ----------------------------------------------------------------------------

    /**
     * All non-overlapping matches of the phrases in one text, in text order. Where two phrases
     * cover the same words (say {@code 16-24} and {@code 16-24 år}) the longer one is kept, so the
     * same words are never evidence twice.
     */
    static List<Phrase.Match> matches(List<Phrase> phrases, String text) {
        return matches(phrases, Phrase.Text.of(text));
    }

    private static List<Phrase.Match> matches(List<Phrase> phrases, Phrase.Text text) {
        List<Phrase.Match> all = new ArrayList<>();
        for (Phrase p : phrases) {
            all.addAll(p.findIn(text));
        }
        all.sort(Comparator.comparingInt(Phrase.Match::start)
                .thenComparing(Comparator.comparingInt(Phrase.Match::end).reversed())
                .thenComparing(m -> m.phrase().text()));
        List<Phrase.Match> kept = new ArrayList<>();
        int coveredTo = -1;
        for (Phrase.Match m : all) {
            if (m.start() >= coveredTo) {
                kept.add(m);
                coveredTo = m.end();
            }
        }
        return kept;
    }

    /**
     * Phrase matches in page order that speak about this project. Left out: a match inside one of
     * the concept's exceptions (a false compound); a sentence of the transnational section that
     * names a country (it describes that country's practice); a sentence about figures, quoted
     * goals, dissemination or another actor; a negated match. For target groups, a match in a cue
     * section counts only when its sentence has a cue too.
     */
    private List<Evidence> phraseEvidence(Page page, ConceptRules concept, Set<SentenceRef> countrySentences,
            boolean targetGroup) {
        List<Evidence> evidence = new ArrayList<>();
        List<Phrase> exceptions = structure.exceptionsOf(notation(concept));
        for (int i = 0; i < page.sections.size(); i++) {
            PageSection ps = page.sections.get(i);
            boolean needsCue = targetGroup && data.cueSectionTypes().contains(ps.section.kind().id());
            List<Phrase.Match> found = matches(concept.phrases(), ps.searchable);
            if (found.isEmpty()) {
                continue;
            }
            List<Phrase.Match> excepted = exceptions.isEmpty() ? List.of() : matches(exceptions, ps.searchable);
            for (Phrase.Match m : found) {
                if (excepted.stream().anyMatch(x -> x.start() <= m.start() && m.end() <= x.end())
                        || countrySentences.contains(new SentenceRef(i, ps.sentenceIndex(m.start())))
                        || ps.notCounted(m.start(), m.end()).isPresent()) {
                    continue;
                }
                String rule = "phrase:" + m.phrase().text();
                String confidence = m.insideCompound() ? "phrase-compound" : "phrase";
                if (needsCue) {
                    Optional<Phrase> cue = cueIn(ps.sentenceAt(m.start()));
                    if (cue.isEmpty()) {
                        continue;
                    }
                    rule += " cue:" + cue.get().text();
                    confidence = "phrase-cue";
                }
                evidence.add(ps.evidence(m, rule, confidence));
            }
        }
        return evidence;
    }

    private Optional<Phrase> cueIn(String sentence) {
        return data.cues().stream().filter(c -> c.occursIn(sentence)).findFirst();
    }

    // --- structure --------------------------------------------------------------------------

    /**
     * Evidence from the page's structure, by concept notation: owners and partners of a kind
     * ({@code classify/organisation-kinds.csv}), organisations named in a sentence about the
     * project, and bodies counted in a sentence about taking part ("tio kommuner", "fem företag").
     */
    private Map<String, List<Evidence>> structuralEvidence(ResolvedProject project, Page page) {
        Map<String, List<Evidence>> byConcept = new LinkedHashMap<>();
        for (PageSection ps : page.sections) {
            for (StructureData.NamedOrganisation named : structure.namedOrganisations()) {
                for (Phrase.Match m : named.name().findIn(ps.searchable)) {
                    if (ps.notCounted(m.start(), m.end()).isEmpty()) {
                        byConcept.computeIfAbsent(named.concept(), k -> new ArrayList<>()).add(
                                ps.evidence(m, "organisation-named:" + named.name().text(), "organisation-named"));
                    }
                }
            }
            Matcher c = company.matcher(ps.text);
            while (c.find()) {
                if (ps.notCounted(c.start(), c.end()).isEmpty()) {
                    byConcept.computeIfAbsent(structure.companyMarkConcept(), k -> new ArrayList<>()).add(
                            new Evidence(ps.section.kind(), c.group(), ps.sentenceAt(c.start()), "organisation-named:company",
                                    ps.section.location(), structure.confidenceOf("organisation-named")));
                }
            }
            Matcher n = counted.matcher(ps.text);
            while (n.find()) {
                SentenceVerdict v = ps.verdict(ps.sentenceIndex(n.start()));
                if (structure.valueOf(n.group(1)) >= 2 && v.reading().has(Cues.Kind.PARTICIPATION)
                        && ps.notCounted(n.start(), n.end()).isEmpty()) {
                    String noun = n.group(2).toLowerCase(Locale.ROOT);
                    String concept = structure.countedNouns().get(noun);
                    byConcept.computeIfAbsent(concept, k -> new ArrayList<>()).add(new Evidence(ps.section.kind(),
                            n.group(), ps.sentenceAt(n.start()), "counted:" + noun + ">=2", ps.section.location(),
                            structure.confidenceOf("counted")));
                }
            }
        }
        for (OrgDecision d : project.decisions()) {
            Optional<Organisation> org = project.organisation(d.organisationId());
            if (org.isEmpty()) {
                continue;
            }
            for (StructureData.KindRule rule : structure.kindRules()) {
                if (rule.kind() == org.get().kind() && rule.roles().contains(d.role())) {
                    String field = d.location().field();
                    byConcept.computeIfAbsent(rule.concept(), k -> new ArrayList<>()).add(new Evidence(null,
                            d.nameAsWritten(), (field.isEmpty() ? "" : field + ": ") + d.nameAsWritten(),
                            "organisation-kind:" + org.get().kind().id(), d.location(),
                            structure.confidenceOf("organisation-kind")));
                }
            }
        }
        return byConcept;
    }

    // --- transnational work -----------------------------------------------------------------

    private static List<PageSection> transnationalSections(Page page) {
        return page.sections.stream()
                .filter(ps -> ps.section.kind() == SectionKind.TRANSNATIONAL && !ps.sentences.isEmpty())
                .toList();
    }

    /**
     * The transnational section says the work does not apply when its first sentence holds a
     * not-applicable phrase and it names no country: "Inte aktuellt i detta skede, men vi planerar
     * utbyte med Finland" is a plan, not a refusal.
     */
    private Optional<Evidence> notApplicable(Page page, ConceptRules transnational) {
        List<PageSection> sections = transnationalSections(page);
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        PageSection ps = sections.get(0);
        Sentences.Span first = ps.sentences.get(0);
        String sentence = ps.text.substring(first.start(), first.end());
        List<Phrase.Match> found = matches(transnational.notApplicable(), sentence);
        if (found.isEmpty() || sections.stream().anyMatch(s -> !s.countries().isEmpty())) {
            return Optional.empty();
        }
        Phrase.Match m = found.get(0);
        return Optional.of(new Evidence(ps.section.kind(), m.matched(), sentence,
                "not-applicable:" + m.phrase().text(), ps.section.location(), structure.confidenceOf("section")));
    }

    /** The section itself is evidence; its heading is the phrase and its first sentence the quote. */
    private List<Evidence> transnationalSectionEvidence(Page page) {
        return transnationalSections(page).stream()
                .map(ps -> new Evidence(ps.section.kind(), ps.section.heading(),
                        ps.sentenceAt(ps.sentences.get(0).start()), RULE_TRANSNATIONAL_SECTION,
                        ps.section.location(), structure.confidenceOf("section")))
                .toList();
    }

    private Set<SentenceRef> countrySentencesInTransnationalSections(Page page) {
        Set<SentenceRef> refs = new HashSet<>();
        for (int i = 0; i < page.sections.size(); i++) {
            PageSection ps = page.sections.get(i);
            if (ps.section.kind() == SectionKind.TRANSNATIONAL) {
                for (CountryMatch cm : ps.countries()) {
                    refs.add(new SentenceRef(i, ps.sentenceIndex(cm.match().start())));
                }
            }
        }
        return refs;
    }

    private record CountryMatch(String code, Phrase.Match match) {
    }

    private List<CountryMatch> countryMatches(Phrase.Text text) {
        List<CountryMatch> found = new ArrayList<>();
        for (CountryPhrases c : data.countries()) {
            for (Phrase.Match m : matches(c.phrases(), text)) {
                found.add(new CountryMatch(c.code(), m));
            }
        }
        found.sort(Comparator.comparingInt((CountryMatch cm) -> cm.match().start()).thenComparing(CountryMatch::code));
        return found;
    }

    /**
     * Outside the transnational section, a country named in a sentence about the project that
     * also speaks of a partner or an exchange ("tillsammans med en partner i Tyskland",
     * "studieresa till Nederländerna") is transnational work.
     */
    private List<Evidence> countryPartnerEvidence(Page page, ConceptRules transnational) {
        List<Evidence> evidence = new ArrayList<>();
        for (PageSection ps : page.sections) {
            if (ps.section.kind() == SectionKind.TRANSNATIONAL) {
                continue;
            }
            Set<Integer> done = new HashSet<>();
            for (CountryMatch cm : ps.countries()) {
                int sentence = ps.sentenceIndex(cm.match().start());
                if (speaksOfPartner(ps, sentence, transnational) && done.add(sentence)
                        && ps.notCounted(cm.match().start(), cm.match().end()).isEmpty()) {
                    evidence.add(ps.evidence(cm.match(), "country-partner:" + cm.match().phrase().text(),
                            "country-partner"));
                }
            }
        }
        return evidence;
    }

    private boolean speaksOfPartner(PageSection ps, int sentence, ConceptRules transnational) {
        SentenceVerdict v = ps.verdict(sentence);
        String text = ps.text.substring(v.span().start(), v.span().end());
        return v.reading().has(Cues.Kind.PARTNER) || transnational.phrases().stream().anyMatch(p -> p.occursIn(text));
    }

    /**
     * Countries named in the transnational section, or in a sentence about the project elsewhere
     * that speaks of transnational work or of a partner or exchange. One entry per country, with
     * its first evidence in page order.
     */
    private List<PartnerCountry> partnerCountries(Page page, ConceptRules transnational) {
        Map<String, PartnerCountry> byCode = new LinkedHashMap<>();
        for (PageSection ps : page.sections) {
            boolean wholeSection = ps.section.kind() == SectionKind.TRANSNATIONAL;
            for (CountryMatch cm : ps.countries()) {
                if (wholeSection || speaksOfPartner(ps, ps.sentenceIndex(cm.match().start()), transnational)
                        && ps.notCounted(cm.match().start(), cm.match().end()).isEmpty()) {
                    byCode.putIfAbsent(cm.code(), new PartnerCountry(cm.code(),
                            ps.evidence(cm.match(), "phrase:" + cm.match().phrase().text(), "phrase")));
                }
            }
        }
        return List.copyOf(byCode.values());
    }

    // --- municipalities ---------------------------------------------------------------------

    /**
     * Two or more distinct municipalities make a project inter-municipal: declared in the Kommun
     * list, owner and partners that are municipalities or their units, or named in a sentence
     * about the project that speaks of taking part. One evidence per municipality: the list line,
     * the owner or partner line, or the mention's sentence.
     */
    private List<Evidence> municipalityEvidence(ResolvedProject project) {
        Map<String, Evidence> byCode = new LinkedHashMap<>();
        ProjectRecord record = project.record();
        String list = record.municipalities().stream().map(ListItem::text).collect(Collectors.joining(", "));
        BigDecimal listed = structure.confidenceOf("municipality-list");
        for (Municipality m : project.municipalities()) {
            if (byCode.containsKey(m.code())) {
                continue;
            }
            Optional<ListItem> item = record.municipalities().stream()
                    .filter(li -> names(li.text(), m.name()))
                    .findFirst();
            SourceLocation at = item.map(ListItem::location).orElse(record.source().location());
            String heading = at.field().isEmpty() ? "" : at.field() + ": ";
            byCode.put(m.code(), new Evidence(null, item.map(ListItem::text).orElse(m.name()),
                    heading + (list.isEmpty() ? m.name() : list), RULE_MUNICIPALITIES, at, listed));
        }
        for (OrgDecision d : project.decisions()) {
            if (d.role() == Role.CO_FINANCER) {
                continue;
            }
            project.organisation(d.organisationId())
                    .filter(o -> o.kind() == OrgKind.MUNICIPALITY || o.kind() == OrgKind.MUNICIPAL_UNIT)
                    .flatMap(Organisation::municipalityCode)
                    .filter(code -> !byCode.containsKey(code))
                    .ifPresent(code -> byCode.put(code, new Evidence(null, d.nameAsWritten(),
                            (d.location().field().isEmpty() ? "" : d.location().field() + ": ") + d.nameAsWritten(),
                            RULE_MUNICIPALITIES, d.location(), listed)));
        }
        BigDecimal mentioned = structure.confidenceOf("municipality-mention");
        for (MunicipalityMention mention : project.mentions()) {
            if (byCode.containsKey(mention.municipality().code())) {
                continue;
            }
            Cues.Reading reading = cues.read(mention.sentence());
            if (!reading.has(Cues.Kind.PARTICIPATION) || reading.notAboutProject().isPresent()
                    || foreignPractice(mention.sentence()).isPresent()) {
                continue;
            }
            SectionKind kind = record.sections().stream()
                    .filter(s -> s.heading().equals(mention.location().field()))
                    .map(Section::kind)
                    .findFirst()
                    .orElse(null);
            byCode.put(mention.municipality().code(), new Evidence(kind, mention.matchedText(), mention.sentence(),
                    RULE_MUNICIPALITIES, mention.location(), mentioned));
        }
        return byCode.size() < 2 ? List.of() : List.copyOf(byCode.values());
    }

    private static boolean names(String listText, String municipalityName) {
        String a = listText.toLowerCase(Locale.ROOT);
        String b = municipalityName.toLowerCase(Locale.ROOT);
        return a.equals(b) || a.startsWith(b + " ") || a.startsWith(b + "s ");
    }
}
