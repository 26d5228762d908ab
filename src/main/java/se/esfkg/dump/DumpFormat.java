package se.esfkg.dump;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * Every RDF syntax esf-kg publishes, described once (as Jena's LangBuilder does): the dump file,
 * its media type, the Jena language and the RDF4J Rio format that re-reads it independently.
 * Dumps, content negotiation and DCAT distributions all read this table.
 */
public enum DumpFormat {
    TURTLE("turtle", "esf-kg.ttl", "text/turtle", Lang.TURTLE, RDFFormat.TURTLE, false, false),
    NTRIPLES("n-triples", "esf-kg.nt.gz", "application/n-triples", Lang.NTRIPLES, RDFFormat.NTRIPLES, false, true),
    TRIG("trig", "esf-kg.trig", "application/trig", Lang.TRIG, RDFFormat.TRIG, true, false),
    NQUADS("n-quads", "esf-kg.nq.gz", "application/n-quads", Lang.NQUADS, RDFFormat.NQUADS, true, true),
    JSONLD("json-ld", "esf-kg.jsonld", "application/ld+json", Lang.JSONLD, RDFFormat.JSONLD, true, false),
    RDFXML("rdf-xml", "esf-kg.rdf", "application/rdf+xml", Lang.RDFXML, RDFFormat.RDFXML, false, false);

    /** The JSON-LD context that the JSON-LD dump embeds, also published beside it. */
    public static final String JSONLD_CONTEXT_FILE = "context.jsonld";

    private final String id;
    private final String fileName;
    private final String mediaType;
    private final Lang jenaLang;
    private final RDFFormat rioFormat;
    private final boolean quads;
    private final boolean gzip;

    DumpFormat(String id, String fileName, String mediaType, Lang jenaLang, RDFFormat rioFormat, boolean quads,
            boolean gzip) {
        this.id = id;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.jenaLang = jenaLang;
        this.rioFormat = rioFormat;
        this.quads = quads;
        this.gzip = gzip;
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
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

    public boolean gzip() {
        return gzip;
    }

    public static Optional<DumpFormat> byFileName(String name) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst();
    }
}
