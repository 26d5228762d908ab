package se.esfkg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Who publishes esf-kg and under which terms: the facts of the DCAT-AP catalog that are
 * configuration, not data. Defaults are in {@code publish/catalog.properties}; a deployer overrides
 * some of them with a file of the same keys ({@code --catalog-settings FILE}).
 */
public record PublishSettings(
        PublicUrls urls,
        Text catalogTitle, Text catalogDescription,
        Text datasetTitle, Text datasetDescription,
        List<String> keywordsSv, List<String> keywordsEn,
        Publisher publisher, Contact contact,
        String licence, String homepage) {

    public static final String DEFAULTS = "publish/catalog.properties";
    private static final Pattern ORGNR = Pattern.compile("\\d{10}");

    /** A text in Swedish and English. */
    public record Text(String sv, String en) {
        public Text {
            if (sv.isBlank() || en.isBlank()) {
                throw new IllegalArgumentException("a catalog text needs both Swedish and English");
            }
        }
    }

    /** The publishing organisation, described once in the catalog. */
    public record Publisher(String iri, Text name, Optional<String> type, Optional<String> homepage) {
    }

    /** The contact point: an organisation's function address, never a person's. */
    public record Contact(String iri, String name, String email, Optional<String> url) {
        public Contact {
            if (!email.contains("@")) {
                throw new IllegalArgumentException("contact.email is not an e-mail address: " + email);
            }
        }

        public String mailto() {
            return email.startsWith("mailto:") ? email : "mailto:" + email;
        }
    }

    public PublishSettings {
        keywordsSv = List.copyOf(keywordsSv);
        keywordsEn = List.copyOf(keywordsEn);
        if (publisher.iri().equals(contact.iri())) {
            throw new IllegalArgumentException("the publisher and the contact point must be different resources: "
                    + publisher.iri());
        }
        for (String iri : List.of(publisher.iri(), contact.iri(), licence, homepage)) {
            requireAbsolute(iri);
        }
    }

    public static PublishSettings defaults() {
        return load(Optional.empty());
    }

    /** The defaults, with the keys {@code file} sets (if any) taking their place. */
    public static PublishSettings load(Optional<Path> file) {
        Properties p = new Properties();
        try (InputStream in = PublishSettings.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (file.isPresent()) {
                Properties own = new Properties();
                try (Reader r = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
                    own.load(r);
                }
                own.stringPropertyNames().forEach(k -> p.setProperty(k, own.getProperty(k)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(p);
    }

    /** The same settings under another public root (a test server, a staging host). */
    public PublishSettings withRoot(String root) {
        String old = urls.root();
        return new PublishSettings(new PublicUrls(root), catalogTitle, catalogDescription, datasetTitle,
                datasetDescription, keywordsSv, keywordsEn,
                new Publisher(rebase(publisher.iri(), old, root), publisher.name(), publisher.type(),
                        publisher.homepage().map(h -> rebase(h, old, root))),
                new Contact(rebase(contact.iri(), old, root), contact.name(), contact.email(),
                        contact.url().map(u -> rebase(u, old, root))),
                licence, rebase(homepage, old, root));
    }

    private static String rebase(String iri, String oldRoot, String newRoot) {
        return iri.startsWith(oldRoot) ? newRoot + iri.substring(oldRoot.length()) : iri;
    }

    static PublishSettings of(Properties p) {
        String root = required(p, "root", "");
        java.util.function.Function<String, String> get = k -> required(p, k, root);
        java.util.function.Function<String, Optional<String>> opt = k -> Optional
                .ofNullable(p.getProperty(k)).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> v.replace("${root}", root));
        String orgnr = opt.apply("publisher.orgnr").map(v -> v.replace("-", "")).orElse("");
        if (!orgnr.isEmpty() && !ORGNR.matcher(orgnr).matches()) {
            throw new IllegalArgumentException("publisher.orgnr must be 10 digits: " + orgnr);
        }
        String publisherIri = orgnr.isEmpty() ? get.apply("publisher.iri")
                : "http://dataportal.se/organisation/SE" + orgnr;
        return new PublishSettings(new PublicUrls(root),
                text(get, "catalog.title"), text(get, "catalog.description"),
                text(get, "dataset.title"), text(get, "dataset.description"),
                list(get.apply("keywords.sv")), list(get.apply("keywords.en")),
                new Publisher(publisherIri, text(get, "publisher.name"), opt.apply("publisher.type"),
                        opt.apply("publisher.homepage")),
                new Contact(get.apply("contact.iri"), get.apply("contact.name"), get.apply("contact.email"),
                        opt.apply("contact.url")),
                get.apply("licence"), get.apply("homepage"));
    }

    private static Text text(java.util.function.Function<String, String> get, String key) {
        return new Text(get.apply(key + ".sv"), get.apply(key + ".en"));
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String required(Properties p, String key, String root) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("catalog setting " + key + " is empty");
        }
        return v.strip().replace("${root}", root);
    }

    static void requireAbsolute(String iri) {
        try {
            // RDF's absolute IRI: a scheme, a fragment allowed (IRIx.isAbsolute excludes fragments).
            IRIx x = IRIx.create(iri);
            if (!x.isReference() || x.hasViolations()) {
                throw new IllegalArgumentException("not an absolute IRI (RFC 3987): " + iri);
            }
        } catch (IRIException e) {
            throw new IllegalArgumentException("not a valid IRI (RFC 3987): " + iri, e);
        }
    }
}
