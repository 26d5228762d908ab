package se.esfkg.resolve.organisation;

import java.util.Optional;
import se.esfkg.resolve.Names;

/**
 * A written name as every rule sees it: normalised ({@link OrganisationResolver#normalised}), its
 * lookup key, the page's municipal context and evidence, and the scope a name no rule knows gets.
 */
record NameOnPage(String name, String key, Optional<MunicipalContext> context, PageEvidence page, String scope) {

    /** A part of a name read by itself, without its page: what a unit written beside it belongs to. */
    static NameOnPage alone(String name) {
        return new NameOnPage(name, Names.key(name), Optional.empty(), PageEvidence.NONE, "");
    }
}
