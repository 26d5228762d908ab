package se.esfkg.web;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site's settings, {@code esf.*} in {@code application.yml}, the environment ({@code ESF_ROW_CAP})
 * or the command line; the defaults and their meaning are in {@code application.yml} and the README.
 * Listen address and port are Spring's own {@code server.address} and {@code server.port}.
 *
 * @param publicRoot the IRI under which everything is published; {@code <publicRoot>X} is served at {@code /X}
 * @param data the data folder whose {@code CURRENT} database is served
 * @param queryTimeout the limit for every SPARQL query
 * @param rowCap the most result rows a query returns (0 = no cap)
 * @param poll how often {@code data/CURRENT} is checked for a new load
 * @param cors whether browser clients from other origins may read (GET, POST, OPTIONS; no credentials)
 * @param pageSize how many incoming links one page of a description lists
 */
@ConfigurationProperties("esf")
public record SiteSettings(URI publicRoot, Path data, Duration queryTimeout, long rowCap, Duration poll,
        boolean cors, int pageSize) {

    public SiteSettings {
        Objects.requireNonNull(publicRoot, "esf.public-root");
        Objects.requireNonNull(data, "esf.data");
        Objects.requireNonNull(queryTimeout, "esf.query-timeout");
        Objects.requireNonNull(poll, "esf.poll");
        if (!publicRoot.isAbsolute() || !publicRoot.toString().endsWith("/")) {
            throw new IllegalArgumentException("esf.public-root must be an absolute IRI ending in /: " + publicRoot);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("esf.page-size must be at least 1: " + pageSize);
        }
    }

    /** The base of minted data IRIs that the converter's {@code --base} defaults to. */
    public String dataBase() {
        return publicRoot + "id/";
    }
}
