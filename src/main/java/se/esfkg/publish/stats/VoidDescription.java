package se.esfkg.publish.stats;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import se.esfkg.output.Prefixes;
import se.esfkg.output.RdfSyntax;
import se.esfkg.publish.PublishSettings;
import se.esfkg.publish.PublicUrls;

/**
 * The VoID description ({@code void.ttl}, served at {@code /.well-known/void}) of the dataset that
 * the DCAT catalog lists: same dataset IRI, figures from {@link CorpusStatistics}.
 */
public final class VoidDescription {

    public static final String NS = "http://rdfs.org/ns/void#";
    public static final String FILE = "void.ttl";

    private VoidDescription() {
    }

    public static Model of(PublishSettings settings, String dataSpace, CorpusStatistics stats) {
        PublicUrls urls = settings.urls();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("foaf", FOAF.NS);
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");

        Resource doc = m.createResource(urls.voidDescription())
                .addProperty(RDF.type, m.createResource(NS + "DatasetDescription"))
                .addProperty(DCTerms.title, "VoID description of esf-kg", "en");
        Resource ds = m.createResource(urls.dataset());
        doc.addProperty(FOAF.primaryTopic, ds);
        ds.addProperty(RDF.type, m.createResource(NS + "Dataset"))
                .addProperty(DCTerms.title, settings.datasetTitle().en(), "en")
                .addProperty(DCTerms.title, settings.datasetTitle().sv(), "sv")
                .addProperty(DCTerms.description, settings.datasetDescription().en(), "en")
                .addProperty(DCTerms.license, m.createResource(settings.licence()))
                .addProperty(DCTerms.publisher, m.createResource(settings.publisher().iri()))
                .addProperty(FOAF.homepage, m.createResource(settings.homepage()))
                .addProperty(p(m, "sparqlEndpoint"), m.createResource(urls.sparqlEndpoint()))
                .addProperty(p(m, "uriSpace"), dataSpace)
                .addProperty(p(m, "rootResource"), m.createResource(urls.catalog()));
        for (RdfSyntax syntax : RdfSyntax.values()) {
            ds.addProperty(p(m, "dataDump"), m.createResource(urls.dump(syntax.fileName())));
            ds.addProperty(p(m, "feature"), m.createResource(syntax.w3cFormatIri()));
        }
        stats.exampleResources().forEach(e -> ds.addProperty(p(m, "exampleResource"), m.createResource(e)));
        stats.vocabularies().forEach(v -> ds.addProperty(p(m, "vocabulary"), m.createResource(v)));
        count(ds, "triples", stats.triples());
        count(ds, "entities", stats.entities());
        count(ds, "distinctSubjects", stats.distinctSubjects());
        count(ds, "distinctObjects", stats.distinctObjects());
        count(ds, "classes", stats.classPartitions().size());
        count(ds, "properties", stats.propertyPartitions().size());
        // One document per named graph: each page's graph, the reference, concepts and ontology.
        count(ds, "documents", stats.graphs());

        // Partitions have IRIs rather than blank nodes: the same data then gives the same void.ttl
        // (a writer orders blank nodes by their labels, which differ per run), and one release's
        // partition can be named and compared with the next one's.
        for (Map.Entry<String, Long> e : stats.classPartitions().entrySet()) {
            Resource part = m.createResource(partitionIri(urls, "class", e.getKey()))
                    .addProperty(p(m, "class"), m.createResource(e.getKey()));
            count(part, "entities", e.getValue());
            ds.addProperty(p(m, "classPartition"), part);
        }
        for (Map.Entry<String, Long> e : stats.propertyPartitions().entrySet()) {
            Resource part = m.createResource(partitionIri(urls, "property", e.getKey()))
                    .addProperty(p(m, "property"), m.createResource(e.getKey()));
            count(part, "triples", e.getValue());
            ds.addProperty(p(m, "propertyPartition"), part);
        }
        for (CorpusStatistics.Target target : CorpusStatistics.TARGETS) {
            Map<String, Long> byPredicate = stats.linksetsTo(target);
            if (byPredicate.isEmpty()) {
                continue;
            }
            Resource other = m.createResource(urls.voidDescription() + "#" + target.id())
                    .addProperty(RDF.type, m.createResource(NS + "Dataset"))
                    .addProperty(DCTerms.title, target.title(), "en")
                    .addProperty(FOAF.homepage, m.createResource(target.homepage()));
            if (!target.namespace().isEmpty()) {
                other.addProperty(p(m, "uriSpace"), target.namespace());
            }
            for (Map.Entry<String, Long> e : byPredicate.entrySet()) {
                String local = e.getKey().substring(Math.max(e.getKey().lastIndexOf('#'), e.getKey().lastIndexOf('/')) + 1);
                Resource linkset = m.createResource(urls.voidDescription() + "#linkset-" + target.id() + "-" + local)
                        .addProperty(RDF.type, m.createResource(NS + "Linkset"))
                        .addProperty(p(m, "subjectsTarget"), ds)
                        .addProperty(p(m, "objectsTarget"), other)
                        .addProperty(p(m, "linkPredicate"), m.createResource(e.getKey()));
                if (target == CorpusStatistics.KOHESIO) {
                    linkset.addProperty(DCTerms.description, "The objects are Kohesio operation identifiers "
                            + "(literals such as 2021SE05SFPR001_23-017-S01), not IRIs.", "en");
                }
                count(linkset, "triples", e.getValue());
                ds.addProperty(p(m, "subset"), linkset);
            }
        }
        return m;
    }

    /**
     * {@code <void>#class/esf:Project}: the partition's kind and its class or property, as a prefixed
     * name from the one prefix table when there is one, else the whole IRI ({@code #} escaped, as a
     * fragment cannot hold it). Prefix names hold no colon, so two terms never share an IRI.
     */
    static String partitionIri(PublicUrls urls, String kind, String term) {
        String name = term.replace("#", "%23");
        for (Map.Entry<String, String> prefix : Prefixes.all().entrySet()) {
            String local = term.startsWith(prefix.getValue()) ? term.substring(prefix.getValue().length()) : "";
            if (!local.isEmpty() && local.matches("[A-Za-z0-9_.-]+")) {
                name = prefix.getKey() + ":" + local;
                break;
            }
        }
        return urls.voidDescription() + "#" + kind + "/" + name;
    }

    private static Property p(Model m, String local) {
        return m.createProperty(NS, local);
    }

    private static void count(Resource r, String property, long n) {
        r.addLiteral(p(r.getModel(), property), r.getModel().createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger));
    }
}
