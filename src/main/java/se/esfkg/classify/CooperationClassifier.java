package se.esfkg.classify;

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
import se.esfkg.resolve.ResolvedProject;

/**
 * Assigns cooperation models, target groups and partner countries to a project from the phrases
 * and rules in the concept files (see {@code docs/classification.md}). Every assignment carries the
 * evidence that made it. An instance holds only immutable data and compiled patterns, so one
 * instance serves any number of threads.
 */
public final class CooperationClassifier {

    static final String RULE_MUNICIPALITIES = "municipalities>=2";
    static final String RULE_TRANSNATIONAL_SECTION = "section:" + SectionKind.TRANSNATIONAL.id();

    private final ConceptData data;

    public CooperationClassifier(ConceptData data) {
        this.data = Objects.requireNonNull(data, "data");
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

    // --- the page as the rules see it -------------------------------------------------------

    /** The Swedish sections of a record, NFC-normalised and cut into sentences once. */
    private record Page(ProjectRecord record, List<PageSection> sections) {

        Page(ProjectRecord record) {
            this(record, record.sections().stream()
                    .filter(s -> s.language().toLowerCase(Locale.ROOT).startsWith("sv"))
                    .map(PageSection::new)
                    .toList());
        }
    }

    /** A section's text prepared once: NFC, lower-cased for the phrases' literal pre-check, split in sentences. */
    private record PageSection(Section section, String text, String lowerCase, List<Sentences.Span> sentences) {

        PageSection(Section section) {
            this(section, Normalizer.normalize(section.text(), Normalizer.Form.NFC));
        }

        private PageSection(Section section, String text) {
            this(section, text, text.toLowerCase(java.util.Locale.ROOT), Sentences.of(text));
        }

        String sentenceAt(int offset) {
            Sentences.Span s = Sentences.around(sentences, offset);
            return text.substring(s.start(), s.end());
        }

        int sentenceIndex(int offset) {
            return sentences.indexOf(Sentences.around(sentences, offset));
        }

        Evidence evidence(Phrase.Match m, String rule) {
            return new Evidence(section.kind(), m.matched(), sentenceAt(m.start()), rule, section.location());
        }
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
        return matches(phrases, text, text.toLowerCase(java.util.Locale.ROOT));
    }

    private static List<Phrase.Match> matches(List<Phrase> phrases, String text, String lowerCase) {
        List<Phrase.Match> all = new ArrayList<>();
        for (Phrase p : phrases) {
            all.addAll(p.findIn(text, lowerCase));
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
     * Phrase matches in page order. A sentence of the transnational section that names a country
     * describes that country's practice, not the project's, so its phrases are left out. For
     * target groups, a match in a cue section counts only when its sentence has a cue too.
     */
    private List<Evidence> phraseEvidence(Page page, ConceptRules concept, Set<SentenceRef> countrySentences,
            boolean targetGroup) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < page.sections().size(); i++) {
            PageSection ps = page.sections().get(i);
            boolean needsCue = targetGroup && data.cueSectionTypes().contains(ps.section().kind().id());
            for (Phrase.Match m : matches(concept.phrases(), ps.text(), ps.lowerCase())) {
                if (countrySentences.contains(new SentenceRef(i, ps.sentenceIndex(m.start())))) {
                    continue;
                }
                String rule = "phrase:" + m.phrase().text();
                if (needsCue) {
                    Optional<Phrase> cue = cueIn(ps.sentenceAt(m.start()));
                    if (cue.isEmpty()) {
                        continue;
                    }
                    rule += " cue:" + cue.get().text();
                }
                evidence.add(ps.evidence(m, rule));
            }
        }
        return evidence;
    }

    private Optional<Phrase> cueIn(String sentence) {
        return data.cues().stream().filter(c -> c.occursIn(sentence)).findFirst();
    }

    // --- transnational work -----------------------------------------------------------------

    private static List<PageSection> transnationalSections(Page page) {
        return page.sections().stream()
                .filter(ps -> ps.section().kind() == SectionKind.TRANSNATIONAL && !ps.sentences().isEmpty())
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
        Sentences.Span first = ps.sentences().get(0);
        String sentence = ps.text().substring(first.start(), first.end());
        List<Phrase.Match> found = matches(transnational.notApplicable(), sentence);
        if (found.isEmpty() || sections.stream().anyMatch(s -> !countryMatches(s.text()).isEmpty())) {
            return Optional.empty();
        }
        Phrase.Match m = found.get(0);
        return Optional.of(new Evidence(ps.section().kind(), m.matched(), sentence,
                "not-applicable:" + m.phrase().text(), ps.section().location()));
    }

    /** The section itself is evidence; its heading is the phrase and its first sentence the quote. */
    private static List<Evidence> transnationalSectionEvidence(Page page) {
        return transnationalSections(page).stream()
                .map(ps -> new Evidence(ps.section().kind(), ps.section().heading(),
                        ps.sentenceAt(ps.sentences().get(0).start()), RULE_TRANSNATIONAL_SECTION,
                        ps.section().location()))
                .toList();
    }

    private Set<SentenceRef> countrySentencesInTransnationalSections(Page page) {
        Set<SentenceRef> refs = new HashSet<>();
        for (int i = 0; i < page.sections().size(); i++) {
            PageSection ps = page.sections().get(i);
            if (ps.section().kind() == SectionKind.TRANSNATIONAL) {
                for (CountryMatch cm : countryMatches(ps.text())) {
                    refs.add(new SentenceRef(i, ps.sentenceIndex(cm.match().start())));
                }
            }
        }
        return refs;
    }

    private record CountryMatch(String code, Phrase.Match match) {
    }

    private List<CountryMatch> countryMatches(String text) {
        List<CountryMatch> found = new ArrayList<>();
        String lowerCase = text.toLowerCase(java.util.Locale.ROOT);
        for (CountryPhrases c : data.countries()) {
            for (Phrase.Match m : matches(c.phrases(), text, lowerCase)) {
                found.add(new CountryMatch(c.code(), m));
            }
        }
        found.sort(Comparator.comparingInt((CountryMatch cm) -> cm.match().start()).thenComparing(CountryMatch::code));
        return found;
    }

    /**
     * Countries named in the transnational section, or in a sentence elsewhere that speaks of
     * transnational work (holds one of the transnational concept's phrases). One entry per
     * country, with its first evidence in page order.
     */
    private List<PartnerCountry> partnerCountries(Page page, ConceptRules transnational) {
        Map<String, PartnerCountry> byCode = new LinkedHashMap<>();
        for (PageSection ps : page.sections()) {
            boolean wholeSection = ps.section().kind() == SectionKind.TRANSNATIONAL;
            for (CountryMatch cm : countryMatches(ps.text())) {
                String sentence = ps.sentenceAt(cm.match().start());
                if (wholeSection || transnational.phrases().stream().anyMatch(p -> p.occursIn(sentence))) {
                    byCode.putIfAbsent(cm.code(), new PartnerCountry(cm.code(),
                            ps.evidence(cm.match(), "phrase:" + cm.match().phrase().text())));
                }
            }
        }
        return List.copyOf(byCode.values());
    }

    // --- municipalities ---------------------------------------------------------------------

    /**
     * Two or more distinct municipalities, declared in the Kommun list or named in the text, make a
     * project inter-municipal. One evidence per municipality: the list line, or the mention's sentence.
     */
    private static List<Evidence> municipalityEvidence(ResolvedProject project) {
        Set<String> codes = new HashSet<>();
        project.municipalities().forEach(m -> codes.add(m.code()));
        project.mentions().forEach(m -> codes.add(m.municipality().code()));
        if (codes.size() < 2) {
            return List.of();
        }
        ProjectRecord record = project.record();
        String list = record.municipalities().stream().map(ListItem::text).collect(Collectors.joining(", "));
        List<Evidence> evidence = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Municipality m : project.municipalities()) {
            if (!done.add(m.code())) {
                continue;
            }
            Optional<ListItem> item = record.municipalities().stream()
                    .filter(li -> names(li.text(), m.name()))
                    .findFirst();
            SourceLocation at = item.map(ListItem::location).orElse(record.source().location());
            String heading = at.field().isEmpty() ? "" : at.field() + ": ";
            evidence.add(new Evidence(null, item.map(ListItem::text).orElse(m.name()),
                    heading + (list.isEmpty() ? m.name() : list), RULE_MUNICIPALITIES, at));
        }
        for (MunicipalityMention mention : project.mentions()) {
            if (!done.add(mention.municipality().code())) {
                continue;
            }
            SectionKind kind = record.sections().stream()
                    .filter(s -> s.heading().equals(mention.location().field()))
                    .map(Section::kind)
                    .findFirst()
                    .orElse(null);
            evidence.add(new Evidence(kind, mention.matchedText(), mention.sentence(), RULE_MUNICIPALITIES,
                    mention.location()));
        }
        return evidence;
    }

    private static boolean names(String listText, String municipalityName) {
        String a = listText.toLowerCase(Locale.ROOT);
        String b = municipalityName.toLowerCase(Locale.ROOT);
        return a.equals(b) || a.startsWith(b + " ") || a.startsWith(b + "s ");
    }
}
