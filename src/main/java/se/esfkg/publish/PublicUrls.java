package se.esfkg.publish;

/**
 * Every URL esf-kg publishes, derived from one public root ({@code https://w3id.org/esf-kg/}), so
 * that the catalog, VoID, the dumps and the site agree on them.
 */
public record PublicUrls(String root) {

    public static final String DEFAULT_ROOT = "https://w3id.org/esf-kg/";

    public PublicUrls {
        if (!root.endsWith("/")) {
            root = root + "/";
        }
        PublishSettings.requireAbsolute(root);
    }

    /** The DCAT catalog, also the document that the hash IRIs below resolve to. */
    public String catalog() {
        return root + "catalog";
    }

    public String dataset() {
        return catalog() + "#esf-kg";
    }

    public String distribution(String id) {
        return catalog() + "#distribution-" + id;
    }

    public String sparqlService() {
        return catalog() + "#sparql";
    }

    public String sparqlEndpoint() {
        return root + "esf/sparql";
    }

    /** The folder of the live release's dumps, {@code dcat:accessURL} of every dump distribution. */
    public String dumps() {
        return root + "dumps/";
    }

    public String dump(String fileName) {
        return dumps() + fileName;
    }

    public String voidDescription() {
        return root + ".well-known/void";
    }

    public String voidDataset() {
        return voidDescription() + "#esf-kg";
    }

    public String releases() {
        return root + "releases";
    }

    public String release(int number) {
        return releases() + "/" + number;
    }

    public String releaseFile(int number, String fileName) {
        return release(number) + "/" + fileName;
    }

    /** Where minted data IRIs live, VoID's {@code void:uriSpace}. */
    public String dataSpace() {
        return root + "id/";
    }
}
