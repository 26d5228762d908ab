package se.esfkg.web.conneg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import se.esfkg.output.RdfSyntax;

class ContentNegotiationTests {

    private final ContentNegotiation negotiation = ContentNegotiation.standard();

    private String chosen(String accept) {
        return negotiation.choose(accept).map(Representation::suffix).orElse("406");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // nothing said, or anything: RDF (Turtle, the registry's first) beats HTML at equal quality
        "| ttl",
        "*/* | ttl",
        "text/html, text/turtle | ttl",
        "text/* | ttl",
        // browsers: HTML named at q=1, everything else through a lower wildcard
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | html",
        "text/html | html",
        "application/xhtml+xml | html",
        // q-values decide
        "text/html;q=0.5, application/ld+json;q=0.9 | jsonld",
        "text/turtle;q=0.2, application/rdf+xml | rdf",
        "application/n-quads;q=0.9, application/trig;q=0.8, text/html;q=0.7 | nq",
        // a type named exactly beats one reached through a wildcard at the same quality
        "text/html, application/* | html",
        // Turtle's alias application/x-turtle falls under application/*, and Turtle comes first
        "application/*;q=0.8, text/html;q=0.7 | ttl",
        // the most specific range sets the quality: text/turtle refused, */* still takes others
        "text/turtle;q=0, */* | nt",
        "text/html;q=0, text/* | ttl",
        // aliases of the registry
        "application/x-turtle | ttl",
        // nothing offered fits
        "image/png | 406",
        "application/json | 406",
        "text/turtle;q=0 | 406",
        // a broken header is read as no header
        "this is not a media type;;; | ttl"})
    void picksTheBestRepresentation(String accept, String expected) {
        assertThat(chosen(accept)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void everyRegisteredSyntaxIsReachableByEachOfItsMediaTypesAndItsSuffix(RdfSyntax syntax) {
        for (String type : syntax.mediaTypes()) {
            assertThat(chosen(type)).isEqualTo(syntax.suffix());
            assertThat(chosen("text/html;q=0.9, " + type)).isEqualTo(syntax.suffix());
        }
        assertThat(Representation.bySuffix(syntax.suffix())).hasValueSatisfying(r -> assertThat(r.syntax()).hasValue(syntax));
        assertThat(Arrays.stream(RdfSyntax.values()).map(Representation::of).map(Representation::suffix))
                .doesNotHaveDuplicates().doesNotContain("html");
    }
}
