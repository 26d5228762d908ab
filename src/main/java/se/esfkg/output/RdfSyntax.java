package se.esfkg.output;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * Every RDF syntax esf-kg publishes, described once (as Jena's {@code LangBuilder} and Rio's
 * {@code RDFFormat} registry do): the dump file, its media types, the suffix that selects it on the
 * web, its compression, the EU file-type and W3C format IRIs that DCAT uses, the Jena language, and
 * the RDF4J Rio format that re-reads it independently. Dumps, the Rio check, the service
 * description, content negotiation and DCAT distributions all read this one table.
 */
public enum RdfSyntax {
    TURTLE("turtle", "esf-kg.ttl", List.of("text/turtle", "application/x-turtle"), "ttl", Compression.NONE,
            "RDF_TURTLE", "Turtle", Lang.TURTLE, RDFFormat.TURTLE, false, true),
    NTRIPLES("n-triples", "esf-kg.nt.gz", List.of("application/n-triples"), "nt", Compression.GZIP,
            "RDF_N_TRIPLES", "N-Triples", Lang.NTRIPLES, RDFFormat.NTRIPLES, false, true),
    TRIG("trig", "esf-kg.trig", List.of("application/trig"), "trig", Compression.NONE,
            "RDF_TRIG", "TriG", Lang.TRIG, RDFFormat.TRIG, true, true),
    NQUADS("n-quads", "esf-kg.nq.gz", List.of("application/n-quads"), "nq", Compression.GZIP,
            "RDF_N_QUADS", "N-Quads", Lang.NQUADS, RDFFormat.NQUADS, true, true),
    JSONLD("json-ld", "esf-kg.jsonld", List.of("application/ld+json"), "jsonld", Compression.NONE,
            "JSON_LD", "JSON-LD", Lang.JSONLD, RDFFormat.JSONLD, true, false),
    RDFXML("rdf-xml", "esf-kg.rdf", List.of("application/rdf+xml"), "rdf", Compression.NONE,
            "RDF_XML", "RDF_XML", Lang.RDFXML, RDFFormat.RDFXML, false, true);

    /** The JSON-LD context that the JSON-LD dump embeds, also published beside it. */
    public static final String JSONLD_CONTEXT_FILE = "context.jsonld";

    private static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String W3C_FORMATS = "http://www.w3.org/ns/formats/";
    private static final String IANA = "http://www.iana.org/assignments/media-types/";

    private final String id;
    private final String fileName;
    private final List<String> mediaTypes;
    private final String suffix;
    private final Compression compression;
    private final String euFileType;
    private final String w3cFormat;
    private final Lang jenaLang;
    private final RDFFormat rioFormat;
    private final boolean quads;
    private final boolean rioStreams;

    RdfSyntax(String id, String fileName, List<String> mediaTypes, String suffix, Compression compression,
            String euFileType, String w3cFormat, Lang jenaLang, RDFFormat rioFormat, boolean quads,
            boolean rioStreams) {
        this.id = id;
        this.fileName = fileName;
        this.mediaTypes = mediaTypes;
        this.suffix = suffix;
        this.compression = compression;
        this.euFileType = euFileType;
        this.w3cFormat = w3cFormat;
        this.jenaLang = jenaLang;
        this.rioFormat = rioFormat;
        this.quads = quads;
        this.rioStreams = rioStreams;
    }

    /** Short name used on the command line ({@code convert --formats}) and in logs. */
    public String id() {
        return id;
    }

    /** The dump's file name, compression suffix included, e.g. {@code esf-kg.nt.gz}. */
    public String fileName() {
        return fileName;
    }

    /** The preferred media type, e.g. {@code text/turtle}. */
    public String mediaType() {
        return mediaTypes.get(0);
    }

    /** Every media type that asks for this syntax, the preferred first. */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /** {@code http://www.iana.org/assignments/media-types/text/turtle}, for {@code dcat:mediaType}. */
    public String mediaTypeIri() {
        return IANA + mediaType();
    }

    /** The file-name suffix that selects this syntax on the web, without dot and compression: {@code ttl}. */
    public String suffix() {
        return suffix;
    }

    public Compression compression() {
        return compression;
    }

    /** The EU file-type authority IRI, for {@code dcterms:format}. */
    public String euFileTypeIri() {
        return EU_FILE_TYPE + euFileType;
    }

    /** The W3C unique format IRI ({@code http://www.w3.org/ns/formats/…}), for service descriptions. */
    public String w3cFormatIri() {
        return W3C_FORMATS + w3cFormat;
    }

    public Lang jenaLang() {
        return jenaLang;
    }

    public RDFFormat rioFormat() {
        return rioFormat;
    }

    /** Whether the syntax keeps named graphs; triple syntaxes carry the union of all graphs. */
    public boolean quads() {
        return quads;
    }

    /**
     * Whether Rio can re-read the whole dump streaming. Rio reads JSON-LD only whole into memory, so
     * that dump's sink has Rio re-read each page as it writes it instead.
     */
    public boolean rioStreams() {
        return rioStreams;
    }

    /**
     * One statement a line (N-Triples, N-Quads): the dump is its pages' lines one after another, so
     * Rio re-reads each page's lines on the thread that made the page instead of the whole file at
     * the end of a run.
     */
    public boolean lineBased() {
        return jenaLang.equals(Lang.NTRIPLES) || jenaLang.equals(Lang.NQUADS);
    }

    /** Whether the dump file is gzipped. */
    public boolean gzip() {
        return compression == Compression.GZIP;
    }

    public static Optional<RdfSyntax> byFileName(String name) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst();
    }

    public static Optional<RdfSyntax> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equalsIgnoreCase(suffix)).findFirst();
    }

    /** The syntax a command line names, by id or suffix ({@code turtle} or {@code ttl}). */
    public static Optional<RdfSyntax> byName(String name) {
        return byId(name).or(() -> bySuffix(name));
    }

    public static Optional<RdfSyntax> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst();
    }

    /** The syntax a media type asks for (parameters ignored), if any. */
    public static Optional<RdfSyntax> byMediaType(String mediaType) {
        String bare = mediaType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaTypes.contains(bare)).findFirst();
    }
}
