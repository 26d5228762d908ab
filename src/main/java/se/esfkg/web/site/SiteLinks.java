package se.esfkg.web.site;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import se.esfkg.web.PublicIris;

/**
 * Links for templates ({@code ${siteLinks.href(iri)}}): a published IRI becomes this server's path,
 * so browsing works on localhost as behind w3id.org; list URLs keep their filters across pages.
 */
@Component
public class SiteLinks {

    private final PublicIris iris;

    SiteLinks(PublicIris iris) {
        this.iris = iris;
    }

    public String href(String iri) {
        return iri == null ? null : iris.pathOf(iri).orElse(iri);
    }

    /** {@code path} with the current parameters, {@code key} set to {@code value} (or removed if null). */
    public String with(String path, Map<String, String> params, String key, Object value) {
        Map<String, String> next = new LinkedHashMap<>(params);
        next.remove("lang");
        if (value == null) {
            next.remove(key);
        } else {
            next.put(key, value.toString());
        }
        if (!"page".equals(key)) {
            next.remove("page");
        }
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        next.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                b.queryParam(k, v);
            }
        });
        return b.encode().build().toUriString();
    }
}
