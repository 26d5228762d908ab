package se.esfkg.serve;

import java.util.Arrays;
import java.util.stream.Collectors;
import se.esfkg.output.RdfSyntax;

/**
 * The SPARQL 1.1 Service Description of the /esf endpoint: query only, no update. The service is
 * named by the endpoint's URL as the request reached it (so a proxy's X-Forwarded-* headers, which
 * the web layer applies to the request, give the public URL), never a blank node, so that catalogs
 * and other descriptions can point at it.
 */
final class ServiceDescription {

    private ServiceDescription() {
    }

    /** The RDF syntaxes a CONSTRUCT or DESCRIBE can answer in: those of the output registry. */
    private static String graphFormats() {
        return Arrays.stream(RdfSyntax.values()).map(s -> "<" + s.w3cFormatIri() + ">")
                .collect(Collectors.joining(", "));
    }

    static String turtle(String endpoint, long rowCap, long timeoutMillis) {
        return """
                @prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix void: <http://rdfs.org/ns/void#> .

                <%1$s> a sd:Service ;
                    sd:endpoint <%1$s> ;
                    sd:supportedLanguage sd:SPARQL10Query, sd:SPARQL11Query ;
                    sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>,
                        <http://www.w3.org/ns/formats/SPARQL_Results_XML>,
                        <http://www.w3.org/ns/formats/SPARQL_Results_CSV>,
                        <http://www.w3.org/ns/formats/SPARQL_Results_TSV>,
                        %4$s ;
                    sd:feature sd:UnionDefaultGraph ;
                    sd:extensionFunction <http://jena.apache.org/text#query> ;
                    rdfs:comment "esf-kg: ESF project bank knowledge graph. Read-only (no update service). Queries time out after %2$d ms; results are capped at %3$d rows."@en ;
                    sd:defaultDataset [ a sd:Dataset ;
                        sd:defaultGraph [ a sd:Graph ; rdfs:comment "the union of all named graphs"@en ] ] .
                """.formatted(endpoint, timeoutMillis, rowCap, graphFormats());
    }
}
