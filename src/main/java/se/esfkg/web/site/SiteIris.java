package se.esfkg.web.site;

import java.util.regex.Pattern;

/**
 * The IRI namespaces the site's pages filter on: minted data under the base ({@code --base},
 * default {@code https://w3id.org/esf-kg/id/}) and the fixed concept schemes under {@code def/}.
 * A filter value in a URL is the last part of an IRI ({@code region=SE33}), never a whole IRI.
 */
public record SiteIris(String base) {

    public static final String DEF = "https://w3id.org/esf-kg/def/";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");

    public SiteIris {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("base IRI must end with /: " + base);
        }
    }

    /** Whether a visitor's value can be the last part of one of our IRIs. */
    public static boolean isKey(String value) {
        return value != null && KEY.matcher(value).matches();
    }
}
