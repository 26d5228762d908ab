package se.esfkg.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.esfkg.knowledge.KnowledgeBase;

/**
 * Municipality names as pages write them, to {@link Municipality}: {@code Lycksele},
 * {@code Kristianstads kommun}, {@code Stockholms stad}, {@code Upplands-Väsby}, {@code Malung}.
 * The names come from the reference table, {@code resolve/municipality-formal-names.csv} and
 * {@code resolve/municipality-aliases.csv}; an e-mail domain is matched through
 * {@code resolve/email-domains.csv} before the folding rule.
 */
public final class MunicipalityResolver {

    private static final List<String> SUFFIXES = List.of(" kommun", " kommuns", " stad", " stads",
            " kommunen");

    private final ReferenceData reference;
    private final Map<String, Municipality> byKey = new HashMap<>();
    private final Map<String, String> formalNames = new HashMap<>();
    private final Map<String, Municipality> byDomain = new HashMap<>();

    public MunicipalityResolver(ReferenceData reference, KnowledgeBase knowledge) {
        this.reference = reference;
        for (Municipality m : reference.municipalities()) {
            byKey.put(Names.key(m.name()), m);
        }
        knowledge.table("resolve/municipality-formal-names.csv").forEach(r -> {
            Municipality m = known(r.get("code"));
            formalNames.put(m.code(), r.get("name"));
            byKey.putIfAbsent(Names.key(r.get("name")), m);
        });
        knowledge.table("resolve/municipality-aliases.csv").forEach(
                r -> byKey.putIfAbsent(Names.key(r.get("alias")), known(r.get("code"))));
        // A folded name two municipalities share (Håbo, Habo) says nothing: only the domain file decides.
        Set<String> clashes = new HashSet<>();
        Map<String, Municipality> folded = new HashMap<>();
        for (Municipality m : reference.municipalities()) {
            if (folded.putIfAbsent(Names.fold(m.name()) + ".se", m) != null) {
                clashes.add(Names.fold(m.name()) + ".se");
            }
        }
        clashes.forEach(folded::remove);
        byDomain.putAll(folded);
        knowledge.table("resolve/email-domains.csv").forEach(
                r -> byDomain.put(r.get("domain").toLowerCase(Names.SWEDISH), known(r.get("code"))));
    }

    private Municipality known(String code) {
        return reference.municipality(code)
                .orElseThrow(() -> new IllegalArgumentException("unknown municipality code " + code));
    }

    public ReferenceData reference() {
        return reference;
    }

    /**
     * The municipality a name stands for, or empty. Tried in order: the name itself, without a
     * {@code kommun}/{@code stad} suffix, then without a genitive {@code s} (only when the name with
     * the {@code s} is not itself a municipality, so {@code Borås}, {@code Vännäs} stay whole).
     */
    public Optional<Municipality> resolve(String name) {
        String key = Names.key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Municipality m = lookup(key);
        if (m != null) {
            return Optional.of(m);
        }
        for (String suffix : SUFFIXES) {
            if (key.endsWith(suffix) && key.length() > suffix.length()) {
                m = lookup(key.substring(0, key.length() - suffix.length()).strip());
                if (m != null) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private Municipality lookup(String key) {
        Municipality m = byKey.get(key);
        if (m == null && key.endsWith("s") && key.length() > 2) {
            m = byKey.get(key.substring(0, key.length() - 1));
        }
        return m;
    }

    /**
     * The municipality an e-mail domain belongs to: {@code lycksele.se}, also a sub-domain such as
     * {@code socialtjanst.lycksele.se}. Empty for agencies, companies and unknown domains.
     */
    public Optional<Municipality> byEmailDomain(String domain) {
        return Names.inDomainOrParent(domain.toLowerCase(Names.SWEDISH).strip(), byDomain::get);
    }

    /** The municipality's name as an organisation: {@code Lycksele kommun}, {@code Stockholms stad}. */
    public String formalName(Municipality m) {
        String formal = formalNames.get(m.code());
        return formal != null ? formal : genitive(m.name()) + " kommun";
    }

    /** Swedish genitive of a place name: no {@code s} after a vowel or a sibilant. */
    static String genitive(String name) {
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        return "aeiouyåäösxz".indexOf(last) >= 0 ? name : name + "s";
    }
}
