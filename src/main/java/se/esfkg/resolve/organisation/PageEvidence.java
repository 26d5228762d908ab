package se.esfkg.resolve.organisation;

import java.util.Optional;
import se.esfkg.resolve.EsfRegion;

/**
 * What a page offers besides the owner string for telling which organisation owns the project:
 * the contact's e-mail domain, the beneficiary's postal code (layout C), the programme region, the
 * contact's telephone number (only its area code is read) and the page's text. Used for the owner
 * only: it is the owner's contact and address.
 */
public record PageEvidence(Optional<String> emailDomain, Optional<String> postalCode, Optional<EsfRegion> region,
        Optional<String> phone, String text) {

    public static final PageEvidence NONE = new PageEvidence(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), "");
}
