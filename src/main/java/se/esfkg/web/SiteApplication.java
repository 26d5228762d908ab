package se.esfkg.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The linked-data site and SPARQL endpoint as one Spring Boot application on one port. Started by
 * {@link EsfServer} (the {@code serve} and {@code up} commands, and the tests).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SiteApplication {
}
