package se.esfkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.resolve.OrganisationAliases.Alias;
import se.esfkg.text.Slugs;

/**
 * One organisation name to an {@link Organisation}, rule by rule (docs/resolution.md). The rules are
 * generic; what they know (agencies, department words, kind words, county names) comes from the
 * data files in {@code resolve/}. A name no rule resolves stays an organisation of its own, scoped to
 * the page: it is never guessed into another.
 */
final class OrganisationResolver {

    static final String USER_ALIAS = "user-alias-file";
    static final String ALIAS = "alias-file";
    static final String LOCAL_OFFICE = "agency-local-office";
    static final String MUNICIPALITY = "municipality-name";
    static final String DEPARTMENT_NAMED = "municipal-department-named-municipality";
    static final String DEPARTMENT_BY_OWNER = "municipal-department-by-owner-name";
    static final String DEPARTMENT_BY_LIST = "municipal-department-by-kommun-list";
    static final String DEPARTMENT_BY_EMAIL = "municipal-department-by-email-domain";
    static final String REGION = "region-name";
    static final String REGION_UNIT = "region-unit";
    static final String COUNTY_BOARD = "county-administrative-board";
    static final String UNRESOLVED = "unresolved-own-organisation";

    /** How a department's municipality is known on a page, and the rule name that records it. */
    record MunicipalContext(Municipality municipality, String rule) {
    }

    /** The organisation a name stands for, its ancestors (outermost first), and the rule that decided. */
    record Resolution(Organisation organisation, List<Organisation> parents, String rule) {
        Resolution {
            parents = List.copyOf(parents);
        }
    }

    private record KindWord(OrgKind kind, String position, String word, String rule) {
    }

    private record DepartmentWord(String indefinite, String definite) {
    }

    private final MunicipalityResolver municipalities;
    private final OrganisationAliases builtIn;
    private final List<OrganisationAliases> user;
    private final Map<String, Alias> byId = new HashMap<>();
    private final List<Alias> withUnits = new ArrayList<>();
    private final Map<String, County> counties = new HashMap<>();
    private final List<KindWord> kindWords = new ArrayList<>();
    private final List<DepartmentWord> departmentWords = new ArrayList<>();

    OrganisationResolver(MunicipalityResolver municipalities, OrganisationAliases builtIn,
            List<OrganisationAliases> user, KnowledgeBase knowledge) {
        this.municipalities = municipalities;
        this.builtIn = builtIn;
        this.user = List.copyOf(user);
        List<Alias> all = new ArrayList<>();
        this.user.forEach(u -> all.addAll(u.all()));
        all.addAll(builtIn.all());
        for (Alias a : all) {
            byId.putIfAbsent(a.id(), a);
        }
        for (Alias a : all) {
            a.parent().ifPresent(p -> {
                if (!byId.containsKey(p) && municipalityOf(p).isEmpty()) {
                    throw new IllegalArgumentException("alias \"" + a.name() + "\" [" + a.origin()
                            + "]: parent " + p + " is not defined");
                }
            });
            if (a.units().isPresent()) {
                withUnits.add(a);
            }
        }
        // Longest names first, so that "Studieförbundet Vuxenskolan X" is not read as a "Studieförbundet" unit.
        withUnits.sort(Comparator.comparingInt((Alias a) -> a.key().length()).reversed());
        ReferenceData reference = municipalities.reference();
        for (County c : reference.counties()) {
            String name = Names.key(c.name());
            String stem = stem(c);
            counties.put(name, c);
            counties.put(name + "s", c);
            counties.put(Names.key(stem), c);
            counties.put(Names.key(stem) + "s", c);
        }
        knowledge.table("resolve/county-aliases.csv").forEach(r -> counties.put(Names.key(r.get("alias")),
                reference.county(r.get("code"))
                        .orElseThrow(() -> new IllegalArgumentException("unknown county " + r.get("code")))));
        knowledge.table("resolve/organisation-kinds.csv").forEach(r -> kindWords.add(new KindWord(
                OrgKind.valueOf(r.get("kind")), r.get("position"), Names.key(r.get("word")), r.get("rule"))));
        knowledge.table("resolve/department-words.csv").forEach(r -> departmentWords.add(
                new DepartmentWord(Names.key(r.get("indefinite")), Names.key(r.get("definite")))));
    }

    /** {@code Norrbottens län} to {@code Norrbotten}: the county's name as regions and boards use it. */
    static String stem(County c) {
        String n = c.name().endsWith(" län") ? c.name().substring(0, c.name().length() - 4) : c.name();
        return n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
    }

    Resolution resolve(String written, Optional<MunicipalContext> context, String unresolvedScope) {
        String name = undouble(Names.clean(written));
        String key = Names.key(name);
        for (OrganisationAliases u : user) {
            Optional<Alias> a = u.byKey(key);
            if (a.isPresent()) {
                return fromAlias(a.get(), USER_ALIAS);
            }
        }
        Optional<Alias> known = builtIn.byKey(key);
        if (known.isPresent()) {
            return fromAlias(known.get(), ALIAS);
        }
        Optional<Resolution> r = qualified(name, context)
                .or(() -> municipality(key))
                .or(() -> localOffice(name, key))
                .or(() -> region(name, key))
                .or(() -> countyBoard(key))
                .or(() -> byKindWord(name, key))
                .or(() -> department(name, key, context));
        return r.orElseGet(() -> unresolved(name, key, unresolvedScope));
    }

    /** Whether the name reads as a municipal department ({@code …förvaltningen}, {@code …enheten}). */
    boolean isDepartmentName(String name) {
        return departmentWord(Names.key(name)).isPresent();
    }

    /** {@code A, B, A, B} or {@code A, B A, B}: the owner field written twice is one owner. */
    static String undouble(String name) {
        String[] parts = name.split("\\s*,\\s*");
        if (parts.length >= 2 && parts.length % 2 == 0) {
            int half = parts.length / 2;
            boolean same = true;
            for (int i = 0; i < half; i++) {
                same &= Names.key(parts[i]).equals(Names.key(parts[i + half]));
            }
            if (same) {
                return String.join(", ", java.util.Arrays.copyOf(parts, half));
            }
        }
        String key = Names.key(name);
        int mid = key.length() / 2;
        if (key.length() > 2 && key.charAt(mid) == ' ' && key.substring(0, mid).equals(key.substring(mid + 1))) {
            return Names.clean(name.substring(0, name.length() / 2));
        }
        return name;
    }

    // --- rules --------------------------------------------------------------------------------

    private Resolution fromAlias(Alias a, String rule) {
        Organisation o = organisation(a);
        return new Resolution(o, ancestors(o), rule);
    }

    private Organisation organisation(Alias a) {
        Optional<Municipality> m = municipalityOf(a.id());
        if (m.isPresent() && a.kind() == OrgKind.MUNICIPALITY) {
            return municipalityOrganisation(m.get());
        }
        Optional<String> code = a.parent().flatMap(this::municipalityOf).map(Municipality::code);
        return new Organisation(a.id(), a.label(), a.kind(), a.parent(), code, Optional.empty());
    }

    private Optional<Municipality> municipalityOf(String id) {
        if (id.startsWith("municipality/")) {
            return municipalities.reference().municipality(id.substring("municipality/".length()));
        }
        return Optional.empty();
    }

    private List<Organisation> ancestors(Organisation o) {
        List<Organisation> chain = new ArrayList<>();
        Optional<String> parent = o.parentId();
        while (parent.isPresent() && chain.size() < 10) {
            String p = parent.get();
            Organisation po = municipalityOf(p).map(this::municipalityOrganisation)
                    .orElseGet(() -> organisation(byId.get(p)));
            chain.add(0, po);
            parent = po.parentId();
        }
        return chain;
    }

    Organisation municipalityOrganisation(Municipality m) {
        return new Organisation("municipality/" + m.code(), municipalities.formalName(m), OrgKind.MUNICIPALITY,
                Optional.empty(), Optional.of(m.code()), Optional.empty());
    }

    /** {@code Org, Enhet}: a unit of whatever {@code Org} resolves to, when that can have units. */
    private Optional<Resolution> qualified(String name, Optional<MunicipalContext> context) {
        int comma = name.indexOf(',');
        if (comma <= 0 || comma == name.length() - 1) {
            return Optional.empty();
        }
        String head = name.substring(0, comma).strip();
        String tail = name.substring(comma + 1).strip();
        String headKey = Names.key(head);
        Optional<Municipality> m = municipalities.resolve(head);
        if (m.isPresent()) {
            return Optional.of(municipalUnit(m.get(), tail, tail, DEPARTMENT_NAMED));
        }
        Optional<Alias> a = user.stream().map(u -> u.byKey(headKey)).flatMap(Optional::stream).findFirst()
                .or(() -> builtIn.byKey(headKey));
        if (a.isPresent() && a.get().units().isPresent()) {
            return Optional.of(unitOf(organisation(a.get()), a.get().units().get(), name, tail, LOCAL_OFFICE));
        }
        Optional<Resolution> region = region(head, headKey);
        if (region.isPresent()) {
            return Optional.of(unitOf(region.get().organisation(), OrgKind.REGION_UNIT, name, tail, REGION_UNIT));
        }
        return Optional.empty();
    }

    private Optional<Resolution> municipality(String key) {
        return municipalities.resolve(key)
                .map(m -> new Resolution(municipalityOrganisation(m), List.of(), MUNICIPALITY));
    }

    /** {@code Arbetsförmedlingen Lycksele}, {@code Arbetsförmedlingarna Skaraborg}, {@code Ung Företagsamhet Skaraborg}. */
    private Optional<Resolution> localOffice(String name, String key) {
        for (Alias a : withUnits) {
            if (key.startsWith(a.key() + " ")) {
                String rest = key.substring(a.key().length() + 1);
                rest = rest.startsWith("i ") ? rest.substring(2) : rest;
                if (!Slugs.of(rest).isEmpty()) {
                    return Optional.of(unitOf(organisation(a), a.units().get(), name, rest, LOCAL_OFFICE));
                }
            }
        }
        return Optional.empty();
    }

    private Resolution unitOf(Organisation parent, OrgKind kind, String label, String unitName, String rule) {
        List<Organisation> chain = new ArrayList<>(ancestors(parent));
        chain.add(parent);
        Organisation unit = new Organisation(parent.id() + "/" + Slugs.of(unitName), label, kind,
                Optional.of(parent.id()), parent.municipalityCode(), Optional.empty());
        return new Resolution(unit, chain, rule);
    }

    /** {@code Region Norrbotten}, {@code Västerbottens läns landsting}, {@code Landstinget i Värmland}. */
    private Optional<Resolution> region(String name, String key) {
        String county = null;
        for (String prefix : List.of("region ", "landstinget i ", "landstinget ")) {
            if (key.startsWith(prefix)) {
                county = key.substring(prefix.length());
                break;
            }
        }
        if (county == null && key.endsWith(" landsting")) {
            county = key.substring(0, key.length() - " landsting".length());
        }
        if (county == null) {
            return Optional.empty();
        }
        County c = counties.get(county.strip());
        if (c == null) {
            return Optional.empty();
        }
        String stem = stem(c);
        Organisation region = new Organisation("organisation/region-" + Slugs.of(stem), "Region " + stem,
                OrgKind.REGION, Optional.empty(), Optional.empty(), Optional.empty());
        return Optional.of(new Resolution(region, List.of(), REGION));
    }

    /** {@code Länsstyrelsen i Norrbottens län}, {@code Länsstyrelsen Skåne}. */
    private Optional<Resolution> countyBoard(String key) {
        String rest;
        if (key.startsWith("länsstyrelsen ")) {
            rest = key.substring("länsstyrelsen ".length());
        } else if (key.endsWith(" länsstyrelse")) {
            rest = key.substring(0, key.length() - " länsstyrelse".length());
        } else {
            return Optional.empty();
        }
        rest = rest.startsWith("i ") ? rest.substring(2) : rest;
        County c = counties.get(rest.strip());
        if (c == null) {
            return Optional.empty();
        }
        Organisation board = new Organisation("organisation/lansstyrelsen-" + Slugs.of(stem(c)),
                "Länsstyrelsen i " + c.name(), OrgKind.COUNTY_ADMINISTRATIVE_BOARD, Optional.empty(),
                Optional.empty(), Optional.empty());
        return Optional.of(new Resolution(board, List.of(), COUNTY_BOARD));
    }

    private Optional<Resolution> byKindWord(String name, String key) {
        String[] words = key.split(" ");
        for (KindWord k : kindWords) {
            boolean hit = switch (k.position()) {
                case "suffix" -> words[words.length - 1].equals(k.word());
                case "prefix" -> words.length > 1 && words[0].equals(k.word());
                case "contains" -> java.util.Arrays.stream(words).anyMatch(w -> w.endsWith(k.word()));
                default -> throw new IllegalStateException("unknown position " + k.position());
            };
            if (hit) {
                Organisation o = new Organisation("organisation/" + Slugs.of(key), name, k.kind(),
                        Optional.empty(), Optional.empty(), Optional.empty());
                return Optional.of(new Resolution(o, List.of(), k.rule()));
            }
        }
        return Optional.empty();
    }

    /**
     * A municipal department: {@code Lycksele kommuns arbetsmarknadsenhet} names its municipality;
     * {@code Arbetsmarknadsenheten} alone belongs to the page's municipality (the context).
     */
    private Optional<Resolution> department(String name, String key, Optional<MunicipalContext> context) {
        if (departmentWord(key).isEmpty()) {
            return Optional.empty();
        }
        String[] words = key.split(" ");
        for (int i = words.length - 1; i >= 1; i--) {
            String last = words[i - 1];
            if (last.equals("kommun") || last.equals("kommuns") || last.equals("stad") || last.equals("stads")) {
                String head = String.join(" ", java.util.Arrays.copyOf(words, i));
                Optional<Municipality> m = municipalities.resolve(head);
                if (m.isPresent()) {
                    String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                    return Optional.of(municipalUnit(m.get(), name, rest, DEPARTMENT_NAMED));
                }
            }
        }
        int in = key.lastIndexOf(" i ");
        if (in > 0) {
            Optional<Municipality> m = municipalities.resolve(key.substring(in + 3));
            if (m.isPresent()) {
                return Optional.of(municipalUnit(m.get(), name, key.substring(0, in), DEPARTMENT_NAMED));
            }
        }
        return context.map(c -> municipalUnit(c.municipality(), name, key, c.rule()));
    }

    private Resolution municipalUnit(Municipality m, String label, String department, String rule) {
        Organisation parent = municipalityOrganisation(m);
        Organisation unit = new Organisation("organisation/municipality-" + m.code() + "/"
                + Slugs.of(definite(Names.key(department))), label, OrgKind.MUNICIPAL_UNIT,
                Optional.of(parent.id()), Optional.of(m.code()), Optional.empty());
        return new Resolution(unit, List.of(parent), rule);
    }

    private Optional<DepartmentWord> departmentWord(String key) {
        String last = key.substring(key.lastIndexOf(' ') + 1);
        return departmentWords.stream()
                .filter(d -> last.endsWith(d.definite()) || (!d.indefinite().isEmpty() && last.endsWith(d.indefinite())))
                .findFirst();
    }

    /** The definite form of a department name, so that {@code …enhet} and {@code …enheten} are one id. */
    private String definite(String key) {
        String last = key.substring(key.lastIndexOf(' ') + 1);
        for (DepartmentWord d : departmentWords) {
            if (last.endsWith(d.definite())) {
                return key;
            }
        }
        for (DepartmentWord d : departmentWords) {
            if (!d.indefinite().isEmpty() && last.endsWith(d.indefinite())) {
                return key.substring(0, key.length() - d.indefinite().length()) + d.definite();
            }
        }
        return key;
    }

    private Resolution unresolved(String name, String key, String scope) {
        Organisation o = new Organisation("organisation/" + scope + "/" + Slugs.of(key), name, OrgKind.OTHER,
                Optional.empty(), Optional.empty(), Optional.empty());
        return new Resolution(o, List.of(), UNRESOLVED);
    }
}
