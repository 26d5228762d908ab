package se.esfkg.resolve.organisation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.resolve.Municipality;
import se.esfkg.resolve.MunicipalityResolver;
import se.esfkg.resolve.Names;
import se.esfkg.resolve.Organisation;

/**
 * One organisation name to an {@link Organisation}, rule by rule (docs/resolution.md). Each rule is a
 * class of its own; {@link #rules} lists them in the order they are tried. The rules are generic; what
 * they know (agencies, department words, kind words, county names) is one {@link OrganisationKnowledge}
 * read from the data files in {@code resolve/}. A name no rule resolves stays an organisation of its
 * own, scoped to the page: it is never guessed into another. Immutable and safe to share between threads.
 */
public final class OrganisationResolver {

    private final OrganisationKnowledge knowledge;
    private final List<OrganisationRule> rules;
    private final Map<String, String> wikidata;

    private OrganisationResolver(OrganisationKnowledge knowledge) {
        this.knowledge = knowledge;
        Units units = new Units(knowledge);
        RegionName region = new RegionName(knowledge);
        CountyBoardName countyBoard = new CountyBoardName(knowledge);
        this.rules = rules(knowledge, units, region, countyBoard);
        this.wikidata = wikidata(knowledge, region, countyBoard);
    }

    /** The resolver with what the knowledge base knows and no user aliases. */
    public static OrganisationResolver of(KnowledgeBase knowledge, MunicipalityResolver municipalities) {
        return new OrganisationResolver(OrganisationKnowledge.of(knowledge, municipalities));
    }

    /**
     * This resolver with the user's alias file (same columns as {@code resolve/organisations.csv}), whose
     * rows win over the built-in ones, over every rule, and over the files given before it.
     *
     * @throws IllegalArgumentException naming file and line for a bad row (unknown kind, bad id, unknown parent)
     */
    public OrganisationResolver withAliases(Path file) {
        return new OrganisationResolver(knowledge.withAliases(OrganisationAliases.read(file)));
    }

    /**
     * The rules, in order of the strength of their evidence: the name by itself first (known names,
     * then self-describing ones), then the name with the page's evidence (the county of a county
     * board, the e-mail domain's organisation for a unit written alone), and last the name as an
     * organisation of its own. The first that answers decides; a new rule is one class and one line here.
     */
    private static List<OrganisationRule> rules(OrganisationKnowledge k, Units units, RegionName region,
            CountyBoardName countyBoard) {
        UserAlias userAlias = new UserAlias(k, units);
        BuiltInAlias builtInAlias = new BuiltInAlias(k, units);
        MunicipalityName municipality = new MunicipalityName(k);
        PublicBodyName publicBody = new PublicBodyName(k);
        KindWordName kindWord = new KindWordName(k);
        return List.of(
                userAlias,
                builtInAlias,
                new OrganisationCommaUnit(k, units, region),
                municipality,
                new AgencyLocalOffice(k, units),
                region,
                countyBoard,
                publicBody,
                kindWord,
                new UnitBesideItsOrganisation(units,
                        List.of(userAlias, builtInAlias, municipality, region, countyBoard, publicBody, kindWord)),
                new MunicipalDepartment(k, units),
                new CountyBoardFromPage(k, units),
                new UnitByEmailDomain(k, units),
                new DepartmentByPostalCode(k, units),
                new UnresolvedOwnOrganisation());
    }

    /**
     * Wikidata items keyed by the id the rules give each body, so that every path to a body links the
     * same item: agencies and universities by their own rows, regions and county boards by their names.
     */
    private static Map<String, String> wikidata(OrganisationKnowledge k, RegionName region, CountyBoardName countyBoard) {
        Map<String, String> items = new HashMap<>();
        k.publicBodies().forEach(b -> b.wikidata().ifPresent(q -> items.putIfAbsent(k.bodyOrganisation(b).id(), q)));
        k.regionAndBoardItems().forEach(item -> {
            NameOnPage name = NameOnPage.alone(withoutRemark(item.name()));
            region.decide(name).or(() -> countyBoard.decide(name))
                    .ifPresent(r -> items.putIfAbsent(r.organisation().id(), item.wikidata()));
        });
        return Map.copyOf(items);
    }

    /** Decides a name with the page's municipal context and evidence; {@code scope} is the page's, for a name no rule knows. */
    public Resolution resolve(String written, Optional<MunicipalContext> context, String scope, PageEvidence page) {
        String name = normalised(written);
        NameOnPage candidate = new NameOnPage(name, Names.key(name), context, page, scope);
        return linked(OrganisationRule.firstAnswer(rules, candidate)
                .orElseThrow(() -> new IllegalStateException("the last rule answers every name")));
    }

    /** Decides a name without page evidence (co-financers and partners: the evidence is the owner's). */
    public Resolution resolve(String written, Optional<MunicipalContext> context, String scope) {
        return resolve(written, context, scope, PageEvidence.NONE);
    }

    private Resolution linked(Resolution r) {
        return new Resolution(linked(r.organisation()), r.parents().stream().map(this::linked).toList(), r.rule(),
                r.evidence());
    }

    private Organisation linked(Organisation o) {
        String q = wikidata.get(o.id());
        return q == null || o.wikidata().isPresent() ? o : new Organisation(o.id(), o.name(), o.kind(), o.parentId(),
                o.municipalityCode(), o.orgNumber(), Optional.of(q));
    }

    /**
     * The one normalisation of a written name before any rule: white space, a name written twice,
     * a trailing remark, abbreviations. A page decides each normalised name once.
     */
    public String normalised(String written) {
        return expandAbbreviations(withoutRemark(undouble(Names.clean(written))));
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
            // Exact case first: a capitalised "Kommunalförb." opening a name is the definite "Kommunalförbundet".
            String undotted = bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
            String e = null;
            for (String form : List.of(bare, undotted, bare.toLowerCase(Names.SWEDISH), undotted.toLowerCase(Names.SWEDISH))) {
                e = e != null ? e : knowledge.expansion(form).orElse(null);
            }
            out.append(out.isEmpty() ? "" : " ").append(e == null ? bare : e).append(comma);
        }
        return out.toString();
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
                return String.join(", ", Arrays.copyOf(parts, half));
            }
        }
        String key = Names.key(name);
        int mid = key.length() / 2;
        if (key.length() > 2 && key.charAt(mid) == ' ' && key.substring(0, mid).equals(key.substring(mid + 1))) {
            return Names.clean(name.substring(0, name.length() / 2));
        }
        return name;
    }

    /** Whether the name reads as a municipal department ({@code …förvaltningen}, {@code …enheten}). */
    public boolean isDepartmentName(String name) {
        return knowledge.departmentWord(Names.key(name)).isPresent();
    }

    /** The municipality a postal code lies in ({@code postal_to_municipality.csv}). */
    public Optional<Municipality> municipalityByPostalCode(String postalCode) {
        return knowledge.municipalityByPostalCode(postalCode);
    }
}
