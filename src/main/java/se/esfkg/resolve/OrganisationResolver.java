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
    static final String PUBLIC_BODY = "public-body-name";
    static final String UNIT_OF_NAMED = "unit-before-its-organisation";
    static final String UNIT_BY_EMAIL = "unit-by-email-domain";
    static final String DEPARTMENT_BY_POSTAL_CODE = "municipal-department-by-postal-code";
    static final String COUNTY_BOARD_BY_OWNER_PLACE = "county-administrative-board-by-place-in-owner";
    static final String COUNTY_BOARD_BY_POSTAL_CODE = "county-administrative-board-by-postal-code";
    static final String COUNTY_BOARD_BY_AREA_CODE = "county-administrative-board-by-area-code";
    static final String COUNTY_BOARD_BY_REGION = "county-administrative-board-by-region-field";
    static final String COUNTY_BOARD_BY_TEXT = "county-administrative-board-by-county-in-text";
    static final String COUNTY_BOARD_UNKNOWN = "county-administrative-board-county-unknown";

    private static final java.util.regex.Pattern COUNTY_IN_TEXT =
            java.util.regex.Pattern.compile("(\\p{L}+(?:[ -]\\p{L}+)?) län\\b");

    /** How a department's municipality is known on a page, and the rule name that records it. */
    record MunicipalContext(Municipality municipality, String rule) {
    }

    /** The organisation a name stands for, its ancestors (outermost first), and the rule that decided. */
    record Resolution(Organisation organisation, List<Organisation> parents, String rule, String evidence) {
        Resolution {
            parents = List.copyOf(parents);
        }

        Resolution(Organisation organisation, List<Organisation> parents, String rule) {
            this(organisation, parents, rule, "");
        }

        Resolution withEvidence(String e) {
            return new Resolution(organisation, parents, rule, e);
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
    private final PublicBodies bodies;
    private final Map<String, String> abbreviations = new HashMap<>();
    private final Map<String, County> areaCodes = new HashMap<>();
    private final Map<String, County> regionDomains = new HashMap<>();
    private final Map<String, String> postalCodes = new HashMap<>();

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
        this.bodies = new PublicBodies(knowledge);
        knowledge.table("resolve/abbreviations.csv").forEach(r -> abbreviations.put(
                r.get("abbreviation").toLowerCase(Names.SWEDISH), r.get("expansion")));
        knowledge.table("resolve/area-codes.csv").forEach(r -> areaCodes.put(r.get("area_code"),
                reference.county(r.get("county")).orElseThrow(() -> new IllegalArgumentException("unknown county " + r.get("county")))));
        knowledge.table("resolve/region-domains.csv").forEach(r -> regionDomains.put(r.get("domain"),
                reference.county(r.get("county")).orElseThrow(() -> new IllegalArgumentException("unknown county " + r.get("county")))));
        knowledge.table("reference/postal_to_municipality.csv").forEach(r -> postalCodes.put(r.get("postal_code"),
                r.get("municipality_code")));
    }

    /** {@code Norrbottens län} to {@code Norrbotten}: the county's name as regions and boards use it. */
    static String stem(County c) {
        String n = c.name().endsWith(" län") ? c.name().substring(0, c.name().length() - 4) : c.name();
        return n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
    }

    Resolution resolve(String written, Optional<MunicipalContext> context, String unresolvedScope) {
        return resolve(written, context, unresolvedScope, PageEvidence.NONE);
    }

    /**
     * Rules in order of the strength of their evidence (docs/resolution.md): the name as a known or
     * self-describing organisation, then the name with the page's evidence (county of a county board,
     * the e-mail domain's organisation for a unit written alone), and only then unresolved.
     */
    Resolution resolve(String written, Optional<MunicipalContext> context, String unresolvedScope, PageEvidence page) {
        String name = expandAbbreviations(withoutRemark(undouble(Names.clean(written))));
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
                .or(() -> publicBody(key))
                .or(() -> byKindWord(name, key))
                .or(() -> unitBeforeItsOrganisation(name, context))
                .or(() -> department(name, key, context))
                .or(() -> countyBoardFromPage(name, key, page, unresolvedScope))
                .or(() -> unitByEmailDomain(name, page))
                .or(() -> departmentByPostalCode(name, key, page));
        return r.orElseGet(() -> unresolved(name, key, unresolvedScope));
    }

    /** {@code Region Värmland (f.d. Landstinget i Värmland)}: a trailing remark is not part of the name. */
    static String withoutRemark(String name) {
        String s = name.replaceFirst("\\s*\\([^()]*\\)\\s*$", "");
        return s.isBlank() ? name : s;
    }

    private String expandAbbreviations(String name) {
        String[] words = name.split(" ");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            String bare = w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
            String comma = w.endsWith(",") ? "," : "";
            String e = abbreviations.get(bare.toLowerCase(Names.SWEDISH));
            if (e == null && !bare.endsWith(".")) {
                e = null;
            } else if (e == null) {
                e = abbreviations.get(bare.substring(0, bare.length() - 1).toLowerCase(Names.SWEDISH));
            }
            out.append(out.isEmpty() ? "" : " ").append(e == null ? bare : e).append(comma);
        }
        return out.toString();
    }

    /** A national agency or university of reference/public_bodies.csv, under its alias id where it has one. */
    private Optional<Resolution> publicBody(String key) {
        return bodies.byName(key).map(b -> new Resolution(bodyOrganisation(b), List.of(), PUBLIC_BODY));
    }

    private Organisation bodyOrganisation(PublicBodies.Body b) {
        Optional<Alias> a = builtIn.byKey(Names.key(b.name()));
        if (a.isPresent()) {
            return organisation(a.get());
        }
        return new Organisation(b.id(), b.name(), OrgKind.NATIONAL_AGENCY, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The organisation a name stands for by itself, without the page: what a unit can belong to. */
    private Optional<Resolution> named(String name) {
        String key = Names.key(name);
        Optional<Alias> a = user.stream().map(u -> u.byKey(key)).flatMap(Optional::stream).findFirst()
                .or(() -> builtIn.byKey(key));
        if (a.isPresent()) {
            return Optional.of(fromAlias(a.get(), ALIAS));
        }
        return municipality(key).or(() -> region(name, key)).or(() -> countyBoard(key)).or(() -> publicBody(key))
                .or(() -> byKindWord(name, key));
    }

    /**
     * {@code Utbildningsförvaltningen, Malmö stad}, {@code Enheten för analys, Socialstyrelsen},
     * {@code Kvarnbygdens Folkhögskola, Avdelning Norr}: one part names an organisation, the other a unit
     * of it, in either order.
     */
    private Optional<Resolution> unitBeforeItsOrganisation(String name, Optional<MunicipalContext> context) {
        int comma = name.lastIndexOf(',');
        // "Länsstyrelsen, Luleå": a town after a county board names its county, not an organisation.
        if (comma <= 0 || comma == name.length() - 1 || Names.key(name).startsWith("länsstyrelsen")) {
            return Optional.empty();
        }
        String head = name.substring(0, comma).strip();
        String tail = name.substring(comma + 1).strip();
        Optional<Resolution> org = named(tail);
        String unit = head;
        if (org.isEmpty()) {
            org = named(head);
            unit = tail;
        }
        if (org.isEmpty() || org.get().organisation().kind().isUnit()) {
            return org.filter(o -> o.organisation().kind().isUnit())
                    .map(o -> new Resolution(o.organisation(), o.parents(), UNIT_OF_NAMED));
        }
        return Optional.of(unitOfAny(org.get().organisation(), name, unit, UNIT_OF_NAMED));
    }

    /** A unit of any organisation: municipal, regional and agency units get ids of their own; others are the organisation. */
    private Resolution unitOfAny(Organisation parent, String label, String unit, String rule) {
        return switch (parent.kind()) {
            case MUNICIPALITY -> municipalUnit(municipalities.reference().municipality(parent.municipalityCode().orElseThrow())
                    .orElseThrow(), label, unit, rule);
            case REGION -> unitOf(parent, OrgKind.REGION_UNIT, label, definite(Names.key(unit)), rule);
            case NATIONAL_AGENCY, COUNTY_ADMINISTRATIVE_BOARD -> unitOf(parent, OrgKind.AGENCY_UNIT, label,
                    definite(Names.key(unit)), rule);
            default -> new Resolution(parent, ancestors(parent), rule);
        };
    }

    /**
     * {@code Länsstyrelsen}, {@code Länsstyrelsen, Luleå}: every county board writes {@code lansstyrelsen.se},
     * so the county comes from the page, strongest evidence first; where nothing tells it, the owner is a
     * county board of unknown county, scoped to the page, never a guess.
     */
    private Optional<Resolution> countyBoardFromPage(String name, String key, PageEvidence page, String scope) {
        if (!key.startsWith("länsstyrelsen")) {
            return Optional.empty();
        }
        String rest = key.substring("länsstyrelsen".length()).replace(",", " ").strip();
        String unit = name.contains(",") ? name.substring(name.indexOf(',') + 1).strip() : "";
        Optional<Resolution> board = countyNamedIn(rest)
                .map(c -> board(c, COUNTY_BOARD_BY_OWNER_PLACE, "owner string"))
                .or(() -> page.postalCode().flatMap(this::municipalityByPostalCode)
                        .map(Municipality::county)
                        .map(c -> board(c, COUNTY_BOARD_BY_POSTAL_CODE, "postal code " + digits(page.postalCode().get()))))
                .or(() -> page.phone().flatMap(this::areaCode)
                        .map(a -> board(areaCodes.get(a), COUNTY_BOARD_BY_AREA_CODE, "area code " + a)))
                .or(() -> page.region().flatMap(this::onlyCountyOf)
                        .map(c -> board(c, COUNTY_BOARD_BY_REGION, "region " + page.region().get().nameSv())))
                .or(() -> onlyCountyNamedIn(page.text())
                        .map(c -> board(c, COUNTY_BOARD_BY_TEXT, "county named in the text")));
        if (board.isEmpty()) {
            Organisation o = new Organisation("organisation/" + scope + "/lansstyrelsen", "Länsstyrelsen",
                    OrgKind.COUNTY_ADMINISTRATIVE_BOARD, Optional.empty(), Optional.empty(), Optional.empty());
            return Optional.of(new Resolution(o, List.of(), COUNTY_BOARD_UNKNOWN));
        }
        Resolution b = board.get();
        if (unit.isEmpty() || countyNamedIn(Names.key(unit)).isPresent()) {
            return board;
        }
        return Optional.of(unitOf(b.organisation(), OrgKind.AGENCY_UNIT, name, definite(Names.key(unit)), b.rule())
                .withEvidence(b.evidence()));
    }

    private Resolution board(County c, String rule, String evidence) {
        return new Resolution(boardOf(c), List.of(), rule, evidence);
    }

    /** A county or a municipality (its county) named by the words of an owner string. */
    private Optional<County> countyNamedIn(String words) {
        if (words.isBlank()) {
            return Optional.empty();
        }
        String w = words.startsWith("i ") ? words.substring(2) : words;
        County c = counties.get(w);
        if (c != null) {
            return Optional.of(c);
        }
        for (String part : w.split(" ")) {
            if (counties.containsKey(part)) {
                return Optional.of(counties.get(part));
            }
            Optional<County> viaMunicipality = municipalities.resolve(part).map(Municipality::county);
            if (viaMunicipality.isPresent()) {
                return viaMunicipality;
            }
        }
        return Optional.empty();
    }

    private Optional<County> onlyCountyNamedIn(String text) {
        java.util.Set<County> found = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = COUNTY_IN_TEXT.matcher(Names.key(text));
        while (m.find()) {
            String two = m.group(1) + " län";
            String one = two.contains(" ") ? two.substring(two.indexOf(' ') + 1) : two;
            County c = counties.get(two);
            c = c != null ? c : counties.get(one);
            if (c != null) {
                found.add(c);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private Optional<County> onlyCountyOf(EsfRegion region) {
        List<County> in = municipalities.reference().counties().stream()
                .filter(c -> region.nutsCode().map(n -> n.equals(c.nuts2())).orElse(false)).toList();
        return in.size() == 1 ? Optional.of(in.get(0)) : Optional.empty();
    }

    /** The longest listed area code the number starts with ({@code +46 90} is {@code 090}). */
    private Optional<String> areaCode(String phone) {
        String d = digits(phone);
        if (phone.strip().startsWith("+46")) {
            d = "0" + d.substring(2);
        }
        for (int n = Math.min(4, d.length()); n >= 2; n--) {
            if (areaCodes.containsKey(d.substring(0, n))) {
                return Optional.of(d.substring(0, n));
            }
        }
        return Optional.empty();
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9]", "");
    }

    Optional<Municipality> municipalityByPostalCode(String postalCode) {
        return Optional.ofNullable(postalCodes.get(digits(postalCode)))
                .flatMap(municipalities.reference()::municipality);
    }

    /** The organisation an e-mail domain belongs to: a municipality, a region, a national agency. */
    Optional<Organisation> byEmailDomain(String domain) {
        String d = domain.toLowerCase(Names.SWEDISH).strip();
        return municipalities.byEmailDomain(d).map(this::municipalityOrganisation)
                .or(() -> Optional.ofNullable(regionDomains.get(d)).map(this::regionOf))
                .or(() -> bodies.byDomain(d).map(this::bodyOrganisation));
    }

    /**
     * {@code Avdelningen för regional utveckling} with {@code …@regionhalland.se}; {@code Förstudie Alfa,
     * Enheten för analys} with {@code …@socialstyrelsen.se}: a name no rule knows is a unit of the
     * organisation whose domain the owner's contact writes from (the last comma part is the unit; what
     * comes before it is often the project's own name).
     */
    private Optional<Resolution> unitByEmailDomain(String name, PageEvidence page) {
        Optional<String> domain = page.emailDomain();
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        Optional<Organisation> org = byEmailDomain(domain.get());
        String unit = name.contains(",") ? name.substring(name.lastIndexOf(',') + 1).strip() : name;
        return org.map(o -> unitOfAny(o, name, unit, UNIT_BY_EMAIL).withEvidence("e-mail domain " + domain.get()));
    }

    /** {@code Arbetsmarknadsenheten} with the beneficiary's postal code: a department of that municipality. */
    private Optional<Resolution> departmentByPostalCode(String name, String key, PageEvidence page) {
        if (departmentWord(key).isEmpty() || page.postalCode().isEmpty()) {
            return Optional.empty();
        }
        return municipalityByPostalCode(page.postalCode().get())
                .map(m -> municipalUnit(m, name, key, DEPARTMENT_BY_POSTAL_CODE)
                        .withEvidence("postal code " + digits(page.postalCode().get())));
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
        for (String prefix : List.of("region ", "landstinget i ", "landstinget ", "regionförbundet i ",
                "regionförbundet ")) {
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
        return Optional.of(new Resolution(regionOf(c), List.of(), REGION));
    }

    /** The region of a county; county councils and regional federations of the county are this one organisation. */
    private Organisation regionOf(County c) {
        String stem = stem(c);
        return new Organisation("organisation/region-" + Slugs.of(stem), "Region " + stem,
                OrgKind.REGION, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private Organisation boardOf(County c) {
        return new Organisation("organisation/lansstyrelsen-" + Slugs.of(stem(c)),
                "Länsstyrelsen i " + c.name(), OrgKind.COUNTY_ADMINISTRATIVE_BOARD, Optional.empty(),
                Optional.empty(), Optional.empty());
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
        return Optional.of(new Resolution(boardOf(c), List.of(), COUNTY_BOARD));
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
