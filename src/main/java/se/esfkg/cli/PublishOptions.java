package se.esfkg.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import se.esfkg.publish.PublishSettings;

/** The catalog settings that convert and load share (a picocli mixin). */
final class PublishOptions {

    @Option(names = "--catalog-settings", paramLabel = "FILE",
            description = "Publisher, contact, licence, homepage and texts of the DCAT catalog "
                    + "(keys as in src/main/resources/publish/catalog.properties; unset keys keep their defaults).")
    Path catalogSettings;

    @Option(names = "--public-root", paramLabel = "URL",
            description = "The public root every published URL derives from (default: the root in the catalog settings, "
                    + "https://w3id.org/esf-kg/).")
    String publicRoot;

    PublishSettings settings() {
        PublishSettings s = PublishSettings.load(Optional.ofNullable(catalogSettings));
        return publicRoot == null ? s : s.withRoot(publicRoot);
    }
}
