package se.esfkg.resolve.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.resolve.Names;
import se.esfkg.text.Slugs;

/**
 * The national agencies and universities of {@code reference/public_bodies.csv}, by name and by
 * e-mail domain or web host. Municipalities, regions and county boards have their own rules; courts
 * are left out (they do not own ESF projects, and they share {@code dom.se}). A domain several bodies
 * share identifies one of them only where its name folds to the domain ({@code socialstyrelsen.se}
 * is Socialstyrelsen's, not the other bodies' it hosts).
 */
final class PublicBodies {

    /** One agency: its organisation id is {@code organisation/<slug of its name>}, as for alias rows. */
    record Body(String id, String name, Optional<String> wikidata) {
    }

    private final Map<String, Body> byName = new HashMap<>();
    private final Map<String, Body> byDomain = new HashMap<>();

    PublicBodies(KnowledgeBase knowledge) {
        Map<String, List<Body>> domains = new HashMap<>();
        knowledge.table("reference/public_bodies.csv").forEach(r -> {
            String kind = r.get("kind");
            if (!kind.equals("national_agency") && !kind.equals("university")) {
                return;
            }
            String name = r.get("name");
            String wikidata = r.get("wikidata");
            Body b = new Body("organisation/" + Slugs.of(name), name,
                    wikidata == null || wikidata.isBlank() ? Optional.empty() : Optional.of(wikidata));
            byName.putIfAbsent(Names.key(name), b);
            for (String column : List.of("email_domain", "website")) {
                String d = r.get(column);
                if (d != null && !d.isBlank()) {
                    domains.computeIfAbsent(domain(d), k -> new ArrayList<>()).add(b);
                }
            }
        });
        domains.forEach((domain, bodies) -> {
            List<Body> distinct = bodies.stream().distinct().toList();
            String stem = domain.substring(0, domain.indexOf('.') < 0 ? domain.length() : domain.indexOf('.'));
            Optional<Body> owner = distinct.size() == 1 ? Optional.of(distinct.get(0))
                    : distinct.stream().filter(b -> Names.fold(b.name()).equals(stem)).findFirst();
            owner.ifPresent(b -> byDomain.put(domain, b));
        });
    }

    private static String domain(String written) {
        String d = written.strip().toLowerCase(Names.SWEDISH);
        return d.startsWith("www.") ? d.substring(4) : d;
    }

    Collection<Body> all() {
        return byName.values();
    }

    Optional<Body> byName(String key) {
        return Optional.ofNullable(byName.get(key));
    }

    /** The body whose domain this is or is a subdomain of ({@code ki.se} for {@code stud.ki.se}). */
    Optional<Body> byDomain(String domain) {
        return Names.inDomainOrParent(domain(domain), byDomain::get);
    }
}
