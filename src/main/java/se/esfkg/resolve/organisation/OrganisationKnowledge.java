package se.esfkg.resolve.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.resolve.County;
import se.esfkg.resolve.Municipality;
import se.esfkg.resolve.MunicipalityResolver;
import se.esfkg.resolve.Names;
import se.esfkg.resolve.OrgKind;
import se.esfkg.resolve.Organisation;
import se.esfkg.resolve.ReferenceData;
import se.esfkg.resolve.organisation.OrganisationAliases.Alias;
import se.esfkg.text.Slugs;

/**
 * What the organisation rules know, read once from the {@link KnowledgeBase} and the user's alias
 * files: aliases, county names, kind and department words, public bodies, abbreviations, area codes,
 * region domains and postal codes, and the organisation each of them stands for. Immutable: every
 * rule gets the same value through its constructor.
 */
final class OrganisationKnowledge {

    /** A word that tells an organisation's kind ({@code AB}, {@code samordningsförbund}) and where it stands. */
    record KindWord(OrgKind kind, String position, String word, String rule) {
    }

    /** A Wikidata item of a body known by name ({@code Region Norrbotten}, {@code Q10680712}). */
    record NamedItem(String name, String wikidata) {
    }

    /** A department word in both forms ({@code enhet}, {@code enheten}). */
    record DepartmentWord(String indefinite, String definite) {
    }

    private final MunicipalityResolver municipalities;
    private final OrganisationAliases builtIn;
    private final List<OrganisationAliases> user;
    private final AliasIndex aliases;
    private final List<NamedItem> regionAndBoardItems;
    private final Map<String, County> counties;
    private final List<KindWord> kindWords;
    private final List<DepartmentWord> departmentWords;
    private final PublicBodies bodies;
    private final Map<String, String> abbreviations;
    private final Map<String, County> areaCodes;
    private final Map<String, County> regionDomains;
    private final Map<String, String> postalCodes;

    private OrganisationKnowledge(KnowledgeBase knowledge, MunicipalityResolver municipalities) {
        this.municipalities = municipalities;
        this.builtIn = OrganisationAliases.builtIn(knowledge);
        this.user = List.of();
        ReferenceData reference = municipalities.reference();
        Map<String, County> byName = new HashMap<>();
        for (County c : reference.counties()) {
            String name = Names.key(c.name());
            String stem = Names.key(stem(c));
            byName.put(name, c);
            byName.put(name + "s", c);
            byName.put(stem, c);
            byName.put(stem + "s", c);
        }
        knowledge.table("resolve/county-aliases.csv").forEach(r -> byName.put(Names.key(r.get("alias")),
                county(reference, r.get("code"))));
        this.counties = Map.copyOf(byName);
        this.kindWords = knowledge.table("resolve/organisation-kinds.csv").rows().stream().map(r -> new KindWord(
                OrgKind.valueOf(r.get("kind")), r.get("position"), Names.key(r.get("word")), r.get("rule"))).toList();
        this.departmentWords = knowledge.table("resolve/department-words.csv").rows().stream().map(r ->
                new DepartmentWord(Names.key(r.get("indefinite")), Names.key(r.get("definite")))).toList();
        this.bodies = new PublicBodies(knowledge);
        Map<String, String> expansions = new HashMap<>();
        knowledge.table("resolve/abbreviations.csv").forEach(r -> {
            expansions.put(r.get("abbreviation"), r.get("expansion"));
            expansions.putIfAbsent(r.get("abbreviation").toLowerCase(Names.SWEDISH), r.get("expansion"));
        });
        this.abbreviations = Map.copyOf(expansions);
        Map<String, County> areas = new HashMap<>();
        knowledge.table("resolve/area-codes.csv").forEach(r -> areas.put(r.get("area_code"),
                county(reference, r.get("county"))));
        this.areaCodes = Map.copyOf(areas);
        Map<String, County> domains = new HashMap<>();
        knowledge.table("resolve/region-domains.csv").forEach(r -> domains.put(r.get("domain"),
                county(reference, r.get("county"))));
        this.regionDomains = Map.copyOf(domains);
        Map<String, String> postal = new HashMap<>();
        knowledge.table("reference/postal_to_municipality.csv").forEach(r -> postal.put(r.get("postal_code"),
                r.get("municipality_code")));
        this.postalCodes = Map.copyOf(postal);
        this.aliases = AliasIndex.of(builtIn, user, reference);
        this.regionAndBoardItems = knowledge.table("reference/public_bodies.csv").rows().stream()
                .filter(r -> r.get("kind").equals("region") || r.get("kind").equals("county_board"))
                .filter(r -> r.get("wikidata") != null && !r.get("wikidata").isBlank())
                .map(r -> new NamedItem(r.get("name"), r.get("wikidata"))).toList();
    }

    /** The same knowledge with the user's alias files (the first wins) before the built-in aliases. */
    private OrganisationKnowledge(OrganisationKnowledge base, List<OrganisationAliases> user) {
        this.municipalities = base.municipalities;
        this.builtIn = base.builtIn;
        this.user = List.copyOf(user);
        this.counties = base.counties;
        this.kindWords = base.kindWords;
        this.departmentWords = base.departmentWords;
        this.bodies = base.bodies;
        this.abbreviations = base.abbreviations;
        this.areaCodes = base.areaCodes;
        this.regionDomains = base.regionDomains;
        this.postalCodes = base.postalCodes;
        this.regionAndBoardItems = base.regionAndBoardItems;
        this.aliases = AliasIndex.of(builtIn, this.user, municipalities.reference());
    }

    /** The built-in knowledge with no user alias files. */
    static OrganisationKnowledge of(KnowledgeBase knowledge, MunicipalityResolver municipalities) {
        return new OrganisationKnowledge(knowledge, municipalities);
    }

    /** This knowledge with one more user alias file, which wins over the earlier ones. */
    OrganisationKnowledge withAliases(OrganisationAliases file) {
        List<OrganisationAliases> files = new ArrayList<>();
        files.add(file);
        files.addAll(user);
        return new OrganisationKnowledge(this, files);
    }

    private static County county(ReferenceData reference, String code) {
        return reference.county(code).orElseThrow(() -> new IllegalArgumentException("unknown county " + code));
    }

    /** {@code Norrbottens län} to {@code Norrbotten}: the county's name as regions and boards use it. */
    static String stem(County c) {
        String n = c.name().endsWith(" län") ? c.name().substring(0, c.name().length() - 4) : c.name();
        return n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
    }

    MunicipalityResolver municipalities() {
        return municipalities;
    }

    ReferenceData reference() {
        return municipalities.reference();
    }

    // --- aliases ------------------------------------------------------------------------------

    Optional<Alias> userAlias(String key) {
        return user.stream().map(u -> u.byKey(key)).flatMap(Optional::stream).findFirst();
    }

    Optional<Alias> builtInAlias(String key) {
        return builtIn.byKey(key);
    }

    /** A user's alias row, else a built-in one. */
    Optional<Alias> alias(String key) {
        return userAlias(key).or(() -> builtInAlias(key));
    }

    /** Aliases whose {@code <name> <place>} names a local unit, longest name first. */
    List<Alias> aliasesWithUnits() {
        return aliases.withUnits();
    }

    // --- words and tables ---------------------------------------------------------------------

    /** A county by its name, stem, genitive or alias key ({@code norrbottens län}, {@code norrbotten}, {@code skåne}). */
    Optional<County> county(String key) {
        return Optional.ofNullable(counties.get(key));
    }

    List<KindWord> kindWords() {
        return kindWords;
    }

    /** The department word a name ends with ({@code …förvaltningen}, {@code …enhet}), if any. */
    Optional<DepartmentWord> departmentWord(String key) {
        String last = key.substring(key.lastIndexOf(' ') + 1);
        return departmentWords.stream()
                .filter(d -> last.endsWith(d.definite()) || (!d.indefinite().isEmpty() && last.endsWith(d.indefinite())))
                .findFirst();
    }

    /** The definite form of a department name, so that {@code …enhet} and {@code …enheten} are one id. */
    String definite(String key) {
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

    /** The expansion of an abbreviated word as written ({@code Länsst.}, {@code jönk}). */
    Optional<String> expansion(String word) {
        return Optional.ofNullable(abbreviations.get(word));
    }

    Optional<PublicBodies.Body> publicBody(String key) {
        return bodies.byName(key);
    }

    Collection<PublicBodies.Body> publicBodies() {
        return bodies.all();
    }

    /** The Wikidata items of regions and county boards, by the name {@code public_bodies.csv} gives them. */
    List<NamedItem> regionAndBoardItems() {
        return regionAndBoardItems;
    }

    /** The longest listed area code the number starts with ({@code +46 90} is {@code 090}). */
    Optional<String> areaCode(String phone) {
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

    /** The one county a listed area code lies in. */
    County countyOfAreaCode(String areaCode) {
        return areaCodes.get(areaCode);
    }

    static String digits(String s) {
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

    // --- the organisation each entry stands for -----------------------------------------------

    Organisation organisation(Alias a) {
        Optional<Municipality> m = municipalityOf(a.id());
        if (m.isPresent() && a.kind() == OrgKind.MUNICIPALITY) {
            return municipalityOrganisation(m.get());
        }
        Optional<String> code = a.parent().flatMap(this::municipalityOf).map(Municipality::code);
        return new Organisation(a.id(), a.label(), a.kind(), a.parent(), code, Optional.empty());
    }

    /** A national agency or university, under its alias id where {@code organisations.csv} has one. */
    Organisation bodyOrganisation(PublicBodies.Body b) {
        Optional<Alias> a = builtIn.byKey(Names.key(b.name()));
        if (a.isPresent()) {
            return organisation(a.get());
        }
        return new Organisation(b.id(), b.name(), OrgKind.NATIONAL_AGENCY, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    Organisation municipalityOrganisation(Municipality m) {
        return new Organisation("municipality/" + m.code(), municipalities.formalName(m), OrgKind.MUNICIPALITY,
                Optional.empty(), Optional.of(m.code()), Optional.empty());
    }

    /** The region of a county; county councils and regional federations of the county are this one organisation. */
    Organisation regionOf(County c) {
        String stem = stem(c);
        return new Organisation("organisation/region-" + Slugs.of(stem), "Region " + stem,
                OrgKind.REGION, Optional.empty(), Optional.empty(), Optional.empty());
    }

    Organisation boardOf(County c) {
        return new Organisation("organisation/lansstyrelsen-" + Slugs.of(stem(c)),
                "Länsstyrelsen i " + c.name(), OrgKind.COUNTY_ADMINISTRATIVE_BOARD, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The organisations an organisation is a unit of, outermost first. */
    List<Organisation> ancestors(Organisation o) {
        List<Organisation> chain = new ArrayList<>();
        Optional<String> parent = o.parentId();
        while (parent.isPresent() && chain.size() < 10) {
            String p = parent.get();
            Organisation po = municipalityOf(p).map(this::municipalityOrganisation)
                    .orElseGet(() -> organisation(aliases.byId().get(p)));
            chain.add(0, po);
            parent = po.parentId();
        }
        return chain;
    }

    private Optional<Municipality> municipalityOf(String id) {
        return municipalityOf(id, municipalities.reference());
    }

    private static Optional<Municipality> municipalityOf(String id, ReferenceData reference) {
        if (id.startsWith("municipality/")) {
            return reference.municipality(id.substring("municipality/".length()));
        }
        return Optional.empty();
    }

    /** Every alias file's rows by id (the first file to define an id wins), and those that have local units. */
    private record AliasIndex(Map<String, Alias> byId, List<Alias> withUnits) {

        static AliasIndex of(OrganisationAliases builtIn, List<OrganisationAliases> user, ReferenceData reference) {
            List<Alias> all = new ArrayList<>();
            user.forEach(u -> all.addAll(u.all()));
            all.addAll(builtIn.all());
            Map<String, Alias> byId = new HashMap<>();
            for (Alias a : all) {
                byId.putIfAbsent(a.id(), a);
            }
            List<Alias> withUnits = new ArrayList<>();
            for (Alias a : all) {
                a.parent().ifPresent(p -> {
                    if (!byId.containsKey(p) && municipalityOf(p, reference).isEmpty()) {
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
            return new AliasIndex(Map.copyOf(byId), List.copyOf(withUnits));
        }
    }
}
