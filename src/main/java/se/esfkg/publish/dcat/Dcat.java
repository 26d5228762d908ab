package se.esfkg.publish.dcat;

/** Namespaces and authority tables the catalog uses beyond Jena's vocabulary classes. */
final class Dcat {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCATAP = "http://data.europa.eu/r5r/";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String ADMS = "http://www.w3.org/ns/adms#";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String DATA_THEME = EU + "data-theme";
    static final String COUNTRY_SWEDEN = EU + "country/SWE";
    static final String GEOSPARQL = "http://www.opengis.net/ont/geosparql#";
    static final String LANGUAGE = EU + "language/";
    static final String FREQUENCY_IRREGULAR = EU + "frequency/IRREG";
    static final String ACCESS_PUBLIC = EU + "access-right/PUBLIC";
    static final String AVAILABILITY_STABLE = EU + "planned-availability/STABLE";
    static final String LICENCE_TYPE = "http://purl.org/adms/licencetype/";
    static final String SPARQL_PROTOCOL = "https://www.w3.org/TR/sparql11-protocol/";
    static final String RDF_PATCH = "https://afs.github.io/rdf-patch/";

    private Dcat() {
    }
}
