package se.esfkg.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import se.esfkg.knowledge.Table;

/**
 * The words that tell whether a sentence speaks about this project, read from
 * {@code classify/cues.csv}: negations and their reach, clause breaks, masks, and the sentence kinds
 * whose phrases do not classify the project (statistics, quoted goals, dissemination channels,
 * another actor's work). See docs/classification.md.
 */
public record Cues(Map<Kind, List<WindowedPhrase>> byKind) {

    public static final String RESOURCE = "classify/cues.csv";

    /** The kinds of cue; {@link #notAboutProject()} kinds make a sentence's phrases not count. */
    public enum Kind {
        NEGATION_BEFORE("negation-before"), NEGATION_AFTER("negation-after"), CLAUSE_BREAK("clause-break"),
        MASK("mask"), STATISTIC("statistic"), GOAL("goal"), DISSEMINATION("dissemination"),
        OTHER_ACTOR("other-actor"), OWN_PARTICIPANTS("own-participants"), PARTICIPATION("participation"),
        PARTNER("partner"), ACTOR_SUBJECT("actor-subject"), OWN_PROJECT("own-project");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        boolean notAboutProject() {
            return this == STATISTIC || this == GOAL || this == DISSEMINATION || this == OTHER_ACTOR;
        }

        static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown cue kind " + id);
        }
    }

    /** A cue phrase; {@code window} is the reach in words of a negation (0 for other kinds). */
    public record WindowedPhrase(Phrase phrase, int window) {

        public WindowedPhrase {
            Objects.requireNonNull(phrase, "phrase");
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String CLAUSE_PUNCTUATION = ",;()";

    public Cues {
        Map<Kind, List<WindowedPhrase>> copy = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            copy.put(k, List.copyOf(byKind.getOrDefault(k, List.of())));
        }
        byKind = Map.copyOf(copy);
    }

    public static Cues fromClasspath() {
        Map<Kind, List<WindowedPhrase>> byKind = new EnumMap<>(Kind.class);
        read(RESOURCE, r -> {
            String window = r.get("window");
            byKind.computeIfAbsent(Kind.of(r.get("kind")), k -> new ArrayList<>())
                    .add(new WindowedPhrase(Phrase.of(r.get("phrase")), window.isEmpty() ? 0 : Integer.parseInt(window)));
        });
        return new Cues(byKind);
    }

    public List<WindowedPhrase> of(Kind kind) {
        return byKind.get(kind);
    }

    /**
     * One sentence read once: which cues stand in it (masked ones left out), so that every phrase
     * match in the sentence is judged without reading the sentence again.
     */
    public Reading read(String sentence) {
        // Most cues stand in no given sentence: a plain search for each one's literal part rules it out
        // before its regular expression runs.
        Phrase.Text text = Phrase.Text.of(sentence);
        List<Phrase.Match> masks = new ArrayList<>();
        for (WindowedPhrase w : of(Kind.MASK)) {
            masks.addAll(w.phrase().findIn(text));
        }
        Map<Kind, List<Hit>> hits = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            if (k == Kind.MASK) {
                continue;
            }
            // A clause break may itself be a mask ("utan till" is neither negation nor break-free).
            boolean maskable = k != Kind.CLAUSE_BREAK;
            List<Hit> found = new ArrayList<>();
            for (WindowedPhrase w : of(k)) {
                for (Phrase.Match m : w.phrase().findIn(text)) {
                    if (!maskable || masks.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end())) {
                        found.add(new Hit(m, w.window()));
                    }
                }
            }
            hits.put(k, found);
        }
        return new Reading(sentence, hits);
    }

    record Hit(Phrase.Match match, int window) {
    }

    /** The cues of one sentence. Offsets are within the sentence. */
    public static final class Reading {
        private final String sentence;
        private final Map<Kind, List<Hit>> hits;

        Reading(String sentence, Map<Kind, List<Hit>> hits) {
            this.sentence = sentence;
            this.hits = hits;
        }

        public boolean has(Kind kind) {
            return !hits.get(kind).isEmpty();
        }

        /**
         * Why the sentence is not about this project, as {@code statistic:procent}, or empty. A
         * statistic that names the project's own participants is about the project; a sentence
         * opened by another actor as its subject is that actor's work unless it speaks of the
         * project too.
         */
        public Optional<String> notAboutProject() {
            Optional<Hit> subject = hits.get(Kind.ACTOR_SUBJECT).stream().filter(h -> h.match().start() == 0).findFirst();
            if (subject.isPresent() && !has(Kind.OWN_PROJECT)) {
                return Optional.of(Kind.OTHER_ACTOR.id() + ":" + subject.get().match().matched());
            }
            for (Kind k : List.of(Kind.OTHER_ACTOR, Kind.DISSEMINATION, Kind.GOAL, Kind.STATISTIC)) {
                if (k == Kind.STATISTIC && has(Kind.OWN_PARTICIPANTS)) {
                    continue;
                }
                List<Hit> found = hits.get(k);
                if (!found.isEmpty()) {
                    return Optional.of(k.id() + ":" + found.get(0).match().phrase().text());
                }
            }
            return Optional.empty();
        }

        /**
         * The negation that governs the words at [start, end), if any: a negation-before cue at most
         * its window of words before them, or a negation-after cue at most its window after, with
         * no clause break in between.
         */
        public Optional<String> negation(int start, int end) {
            for (Hit h : hits.get(Kind.NEGATION_BEFORE)) {
                Phrase.Match m = h.match();
                if (m.end() <= start && wordsBetween(m.end(), start) < h.window() && !clauseBreakBetween(m.end(), start)) {
                    return Optional.of(m.phrase().text());
                }
            }
            for (Hit h : hits.get(Kind.NEGATION_AFTER)) {
                Phrase.Match m = h.match();
                if (m.start() >= end && wordsBetween(end, m.start()) < h.window() && !clauseBreakBetween(end, m.start())) {
                    return Optional.of(m.phrase().text());
                }
            }
            return Optional.empty();
        }

        private int wordsBetween(int from, int to) {
            Matcher w = WORD.matcher(sentence).region(from, to);
            int n = 0;
            while (w.find()) {
                n++;
            }
            return n;
        }

        private boolean clauseBreakBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (CLAUSE_PUNCTUATION.indexOf(sentence.charAt(i)) >= 0) {
                    return true;
                }
            }
            return hits.get(Kind.CLAUSE_BREAK).stream()
                    .anyMatch(h -> h.match().start() >= from && h.match().end() <= to);
        }
    }

    /** Each row of a table under {@code classify/}; a row the caller refuses is reported with its line. */
    private static void read(String name, Consumer<Table.Row> each) {
        for (Table.Row row : Table.fromClasspath(name).rows()) {
            try {
                each.accept(row);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(e.getMessage() + " [" + name + ":" + row.line() + "]", e);
            }
        }
    }
}
