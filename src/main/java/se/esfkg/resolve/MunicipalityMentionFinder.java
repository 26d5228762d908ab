package se.esfkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.Section;
import se.esfkg.problem.SourceLocation;
import se.esfkg.text.Sentences;

/**
 * Finds municipalities named in free text (issue 3), for pages without a Kommun list. A gazetteer of
 * all 290 names, their genitives ({@code Luleås}) and the short forms of
 * {@code resolve/municipality-aliases.csv}, matched on word boundaries and with the capital letter the
 * name is written with. Two data files keep false friends out: {@code mention-common-words.csv}
 * (names that are also words, accepted only with a cue) and {@code mention-blockers.csv} (contexts in
 * which the name is part of an organisation's or a county's name).
 */
public final class MunicipalityMentionFinder {

    private static final Pattern CUE_AFTER = Pattern.compile(
            "^[ \\u00A0]+(kommun|kommuns|kommunen|kommunens|stad|stads)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LIST_AFTER = Pattern.compile("^[ \\u00A0]+(kommuner|kommunerna)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LIST_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])kommunerna(?: i)?[ \\u00A0]+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(,\\s*och|,\\s*samt|,|och|samt|&|/)\\s*$");
    private static final Pattern NEXT_WORD = Pattern.compile("^[ \\u00A0]+([\\p{L}]+)");
    /**
     * Every look around a hit stays within this many characters of it, and a quoted sentence within
     * {@link #MAX_SENTENCE} on either side: the work per hit is then constant and the whole search
     * linear in the text's length (it was quadratic: a 221 KB page took 100 s).
     */
    private static final int CONTEXT = 120;
    static final int MAX_SENTENCE = 300;

    private final Map<String, Municipality> forms = new HashMap<>();
    private final Set<String> commonWords = new HashSet<>();
    private final List<Pattern> before = new ArrayList<>();
    private final Set<String> after = new HashSet<>();
    private final Pattern gazetteer;

    public MunicipalityMentionFinder(MunicipalityResolver resolver, KnowledgeBase knowledge) {
        ReferenceData reference = resolver.reference();
        for (Municipality m : reference.municipalities()) {
            addForms(m.name(), m);
        }
        knowledge.table("resolve/municipality-aliases.csv").forEach(r -> {
            String alias = r.get("alias");
            String last = Names.key(alias).replaceAll(".* ", "");
            // Aliases ending in kommun/stad are covered by the name plus its cue.
            if (Character.isUpperCase(alias.charAt(0)) && !last.equals("kommun") && !last.equals("stad")) {
                addForms(alias, reference.municipality(r.get("code")).orElseThrow());
            }
        });
        knowledge.table("resolve/mention-common-words.csv").forEach(r -> commonWords.add(r.get("name")));
        knowledge.table("resolve/mention-blockers.csv").forEach(r -> {
            String words = Pattern.quote(r.get("words"));
            switch (r.get("side")) {
                case "before" -> before.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "[ \\u00A0]+$",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                case "after" -> after.add(r.get("words").toLowerCase(Names.SWEDISH));
                default -> throw new IllegalArgumentException("side must be before or after: " + r.get("side"));
            }
        });
        String alternation = forms.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(f -> java.util.Arrays.stream(f.split("[ \\-]")).map(Pattern::quote)
                        .collect(Collectors.joining("[ \\-]")))
                .collect(Collectors.joining("|"));
        gazetteer = Pattern.compile("(?<![\\p{L}\\p{N}\\-])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    /** Forms are keyed with hyphens as spaces: the text may write either. */
    private void addForms(String written, Municipality m) {
        String name = written.replace('-', ' ');
        forms.putIfAbsent(name, m);
        String genitive = MunicipalityResolver.genitive(name);
        if (genitive.equals(name)) {
            // Vowel-final names: "Luleås" is still a common written genitive.
            if ("sxz".indexOf(Character.toLowerCase(name.charAt(name.length() - 1))) < 0) {
                forms.putIfAbsent(name + "s", m);
            }
        } else {
            forms.putIfAbsent(genitive, m);
        }
    }

    private record Hit(Municipality municipality, int start, int end, String matched, boolean cued,
            boolean commonWord) {
    }

    /** The first mention of each municipality in the record's sections, in reading order. */
    public List<MunicipalityMention> find(ProjectRecord record) {
        Map<String, MunicipalityMention> first = new LinkedHashMap<>();
        for (Section s : record.sections()) {
            for (MunicipalityMention m : find(s.text(), s.location().withField(s.heading()))) {
                first.putIfAbsent(m.municipality().code(), m);
            }
        }
        return List.copyOf(first.values());
    }

    /** Every mention in one text, in order; {@code at} is the section (field = its heading). */
    public List<MunicipalityMention> find(String text, SourceLocation at) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = gazetteer.matcher(text);
        while (m.find()) {
            Municipality mu = forms.get(m.group().replace('-', ' '));
            if (mu == null || blocked(text, m.start(), m.end())) {
                continue;
            }
            Matcher cue = after(CUE_AFTER, text, m.end());
            boolean cued = cue.find();
            int end = cued ? cue.end() : m.end();
            hits.add(new Hit(mu, m.start(), end, text.substring(m.start(), end), cued,
                    commonWords.contains(mu.name())));
        }
        List<MunicipalityMention> mentions = new ArrayList<>();
        for (List<Hit> group : lists(text, hits)) {
            Hit last = group.get(group.size() - 1);
            boolean listCue = before(LIST_BEFORE, text, group.get(0).start()).find()
                    || (group.size() > 1 && after(LIST_AFTER, text, last.end()).find());
            for (Hit h : group) {
                if (h.commonWord() && !h.cued() && !listCue) {
                    continue;
                }
                mentions.add(new MunicipalityMention(h.municipality(), h.matched(), Sentences.around(text, h.start(), MAX_SENTENCE), at));
            }
        }
        return mentions;
    }

    private boolean blocked(String text, int start, int end) {
        for (Pattern p : before) {
            if (before(p, text, start).find()) {
                return true;
            }
        }
        Matcher next = after(NEXT_WORD, text, end);
        return next.find() && after.contains(next.group(1).toLowerCase(Names.SWEDISH));
    }

    /**
     * {@code p} (anchored at its end with {@code $}) over the {@link #CONTEXT} characters before
     * {@code at}; look-behinds still see the character before the window.
     */
    private static Matcher before(Pattern p, String text, int at) {
        return p.matcher(text).region(Math.max(0, at - CONTEXT), at).useTransparentBounds(true);
    }

    /** {@code p} (anchored at its start with {@code ^}) over the {@link #CONTEXT} characters after {@code at}. */
    private static Matcher after(Pattern p, String text, int at) {
        return p.matcher(text).region(at, Math.min(text.length(), at + CONTEXT)).useTransparentBounds(true);
    }

    /** Hits joined only by commas and "och" form one list ({@code Ludvika, Smedjebacken och Fagersta}). */
    private static List<List<Hit>> lists(String text, List<Hit> hits) {
        List<List<Hit>> groups = new ArrayList<>();
        List<Hit> current = new ArrayList<>();
        for (Hit h : hits) {
            if (!current.isEmpty()) {
                Hit prev = current.get(current.size() - 1);
                if (prev.cued() || !SEPARATOR.matcher(text.substring(prev.end(), h.start())).matches()) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(h);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }
}
