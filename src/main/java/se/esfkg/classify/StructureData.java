package se.esfkg.classify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.esfkg.resolve.OrgKind;
import se.esfkg.resolve.Role;
import java.util.function.Consumer;
import se.esfkg.knowledge.Table;

/**
 * The classifier's tables besides the concept files, all under {@code classify/} on the classpath:
 * compound exceptions, number words and counted nouns, named organisations, organisation kinds as
 * evidence, and the confidence of each rule. Concepts are named by their notation
 * ({@code business-partnership}).
 */
public record StructureData(Map<String, List<Phrase>> exceptions, Map<String, Integer> numbers,
        Map<String, String> countedNouns, List<NamedOrganisation> namedOrganisations, List<String> companyMarks,
        String companyMarkConcept, List<KindRule> kindRules, Map<String, BigDecimal> confidence) {

    /** An organisation's name as written in text, as evidence of a concept. */
    public record NamedOrganisation(String concept, Phrase name) {

        public NamedOrganisation {
            Objects.requireNonNull(concept, "concept");
            Objects.requireNonNull(name, "name");
        }
    }

    /** An owner or partner of this kind, in one of these roles, is evidence of the concept. */
    public record KindRule(OrgKind kind, Set<Role> roles, String concept) {

        public KindRule {
            Objects.requireNonNull(kind, "kind");
            roles = Set.copyOf(roles);
            Objects.requireNonNull(concept, "concept");
        }
    }

    public StructureData {
        Map<String, List<Phrase>> ex = new HashMap<>();
        exceptions.forEach((k, v) -> ex.put(k, List.copyOf(v)));
        exceptions = Map.copyOf(ex);
        numbers = Map.copyOf(numbers);
        countedNouns = Map.copyOf(countedNouns);
        namedOrganisations = List.copyOf(namedOrganisations);
        companyMarks = List.copyOf(companyMarks);
        kindRules = List.copyOf(kindRules);
        confidence = Map.copyOf(confidence);
    }

    public static StructureData fromClasspath() {
        Map<String, List<Phrase>> exceptions = new LinkedHashMap<>();
        read("classify/exceptions.csv", r -> exceptions
                .computeIfAbsent(r.get("concept"), k -> new ArrayList<>()).add(Phrase.of(r.get("phrase"))));

        Map<String, Integer> numbers = new LinkedHashMap<>();
        read("classify/numbers.csv", r -> numbers.put(r.get("word"), Integer.parseInt(r.get("value"))));

        Map<String, String> counted = new LinkedHashMap<>();
        read("classify/counted.csv", r -> counted.put(r.get("noun"), r.get("concept")));

        List<NamedOrganisation> named = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        String[] markConcept = {null};
        read("classify/named-organisations.csv", r -> {
            switch (r.get("form")) {
                case "name" -> named.add(new NamedOrganisation(r.get("concept"), Phrase.of(r.get("value"))));
                case "company-mark" -> {
                    marks.add(r.get("value"));
                    if (markConcept[0] != null && !markConcept[0].equals(r.get("concept"))) {
                        throw new IllegalArgumentException("company marks must all give one concept");
                    }
                    markConcept[0] = r.get("concept");
                }
                default -> throw new IllegalArgumentException("unknown form " + r.get("form"));
            }
        });

        List<KindRule> kinds = new ArrayList<>();
        read("classify/organisation-kinds.csv", r -> kinds.add(new KindRule(
                OrgKind.valueOf(r.get("kind")),
                Arrays.stream(r.get("roles").split("\\s+")).map(StructureData::role).collect(Collectors.toSet()),
                r.get("concept"))));

        Map<String, BigDecimal> confidence = new LinkedHashMap<>();
        read("classify/confidence.csv", r -> {
            BigDecimal c = new BigDecimal(r.get("confidence"));
            if (c.signum() < 0 || c.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("confidence outside 0..1: " + c);
            }
            confidence.put(r.get("rule"), c);
        });
        return new StructureData(exceptions, numbers, counted, named, marks,
                markConcept[0] == null ? "business-partnership" : markConcept[0], kinds, confidence);
    }

    private static Role role(String id) {
        return Arrays.stream(Role.values()).filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role " + id));
    }

    /** The confidence of a rule family; a family missing from the table is a programming error. */
    public BigDecimal confidenceOf(String family) {
        BigDecimal c = confidence.get(family);
        if (c == null) {
            throw new IllegalStateException("no confidence for rule " + family + " in classify/confidence.csv");
        }
        return c;
    }

    public List<Phrase> exceptionsOf(String concept) {
        return exceptions.getOrDefault(concept, List.of());
    }

    /**
     * Number word or digits, up to one word, then a counted noun: "tio kommuner", "fem företag",
     * "samtliga åtta kommuner", "3 samverkande kommuner".
     */
    public Pattern countedPattern() {
        String nums = numbers.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String nouns = countedNouns.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + nums + "|\\p{N}+)\\h+(?:[\\p{L}-]+\\h+)?(" + nouns
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The value of a number word or digits; 0 when it is neither. */
    public int valueOf(String number) {
        String n = number.toLowerCase(java.util.Locale.ROOT);
        if (n.chars().allMatch(Character::isDigit)) {
            return n.length() > 6 ? 0 : Integer.parseInt(n);
        }
        return numbers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(n)).map(Map.Entry::getValue)
                .findFirst().orElse(0);
    }

    /** A legal-form mark ({@code AB}) standing after or before a capitalised name. Case matters. */
    public Pattern companyPattern() {
        String marks = companyMarks.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String name = "\\p{Lu}[\\p{L}\\p{N}&.-]*";
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + name + "(?:\\h+(?:" + name + "|&|i|och))*\\h+(?:" + marks
                + ")|(?:" + marks + ")\\h+" + name + ")(?![\\p{L}\\p{N}])");
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
