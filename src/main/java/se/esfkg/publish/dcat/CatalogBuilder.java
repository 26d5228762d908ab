package se.esfkg.publish.dcat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import se.esfkg.map.Esf;
import se.esfkg.output.Compression;
import se.esfkg.output.RdfSyntax;
import se.esfkg.publish.FileChecksum;
import se.esfkg.publish.PublicUrls;
import se.esfkg.publish.PublishSettings;
import se.esfkg.publish.stats.CorpusStatistics;

/**
 * The DCAT-AP 3.0.1 catalog of esf-kg, within the Swedish profile DCAT-AP-SE: catalog, dataset,
 * contact point, publisher and distributions are IRIs (hash IRIs of the catalog document, so each
 * resolves to the catalog itself); one distribution per dump in {@link RdfSyntax}; the SPARQL
 * endpoint as a data service. Resources from authority tables are typed with the classes the
 * DCAT-AP range shapes expect, and concepts carry the labels its category shapes ask for.
 */
public final class CatalogBuilder {

    private final Model m = ModelFactory.createDefaultModel();
    private static final org.apache.jena.datatypes.RDFDatatype WKT =
            org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(Dcat.GEOSPARQL + "wktLiteral");

    private final CatalogInput in;
    private final PublishSettings settings;
    private final PublicUrls urls;

    private CatalogBuilder(CatalogInput in) {
        this.in = in;
        this.settings = in.settings();
        this.urls = settings.urls();
    }

    /** Builds the catalog; throws if it breaks {@link SwedishProfile} (a settings error). */
    public static Model build(CatalogInput in) {
        Model catalog = new CatalogBuilder(in).build();
        SwedishProfile.check(catalog.getGraph());
        return catalog;
    }

    private Model build() {
        m.setNsPrefix("dcat", Dcat.DCAT);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("dcatap", Dcat.DCATAP);
        m.setNsPrefix("foaf", FOAF.NS);
        m.setNsPrefix("vcard", Dcat.VCARD);
        m.setNsPrefix("spdx", Dcat.SPDX);
        m.setNsPrefix("adms", Dcat.ADMS);
        m.setNsPrefix("geo", Dcat.GEOSPARQL);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");

        Resource publisher = publisher();
        Resource contact = contact();
        Resource licence = licence();
        Resource homepage = typed(settings.homepage(), FOAF.Document);
        Resource dataset = dataset(publisher, contact, licence, homepage);
        Resource service = sparqlService(dataset, publisher, contact, licence);

        Resource catalog = m.createResource(urls.catalog())
                .addProperty(RDF.type, dcat("Catalog"))
                .addProperty(DCTerms.title, settings.catalogTitle().sv(), "sv")
                .addProperty(DCTerms.title, settings.catalogTitle().en(), "en")
                .addProperty(DCTerms.description, settings.catalogDescription().sv(), "sv")
                .addProperty(DCTerms.description, settings.catalogDescription().en(), "en")
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.license, licence)
                .addProperty(FOAF.homepage, homepage)
                .addProperty(DCTerms.issued, dateTime(in.issued()))
                .addProperty(DCTerms.modified, dateTime(in.modified()))
                .addProperty(DCTerms.spatial, location(Dcat.COUNTRY_SWEDEN))
                .addProperty(dcatP("themeTaxonomy"), dataThemes())
                .addProperty(dcatP("dataset"), dataset)
                .addProperty(dcatP("service"), service);
        languages().forEach(l -> catalog.addProperty(DCTerms.language, l));
        return m;
    }

    private Resource publisher() {
        PublishSettings.Publisher p = settings.publisher();
        Resource r = m.createResource(p.iri())
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(RDF.type, FOAF.Organization)
                .addProperty(FOAF.name, p.name().sv(), "sv")
                .addProperty(FOAF.name, p.name().en(), "en");
        p.type().ifPresent(t -> r.addProperty(DCTerms.type, concept(t, publisherTypeLabel(t), null)));
        p.homepage().ifPresent(h -> r.addProperty(FOAF.homepage, typed(h, FOAF.Document)));
        return r;
    }

    /** The licence document, with its ADMS licence type when the licence is one we know. */
    private Resource licence() {
        Resource licence = typed(settings.licence(), DCTerms.LicenseDocument);
        String type = settings.licence().contains("/publicdomain/") ? "PublicDomain"
                : settings.licence().contains("/licenses/by") ? "Attribution" : null;
        if (type != null) {
            licence.addProperty(DCTerms.type, concept(Dcat.LICENCE_TYPE + type,
                    type.equals("PublicDomain") ? "Public domain" : "Attribution", null));
        }
        return licence;
    }

    private static String publisherTypeLabel(String iri) {
        String local = iri.substring(iri.lastIndexOf('/') + 1);
        return local.replaceAll("([a-z])([A-Z])", "$1 $2");
    }

    private Resource contact() {
        PublishSettings.Contact c = settings.contact();
        Resource r = m.createResource(c.iri())
                .addProperty(RDF.type, vcard("Organization"))
                .addProperty(RDF.type, vcard("Kind"))
                .addProperty(m.createProperty(Dcat.VCARD, "fn"), c.name())
                .addProperty(m.createProperty(Dcat.VCARD, "hasEmail"), m.createResource(c.mailto()));
        c.url().ifPresent(u -> r.addProperty(m.createProperty(Dcat.VCARD, "hasURL"), m.createResource(u)));
        return r;
    }

    private Resource dataset(Resource publisher, Resource contact, Resource licence, Resource homepage) {
        CorpusStatistics stats = in.statistics();
        Resource ontology = typed(Esf.ONTOLOGY, DCTerms.Standard)
                .addProperty(DCTerms.title, "esf-kg ontology", "en")
                .addProperty(DCTerms.title, "esf-kg-ontologin", "sv");
        Resource ds = m.createResource(urls.dataset())
                .addProperty(RDF.type, dcat("Dataset"))
                .addProperty(DCTerms.title, settings.datasetTitle().sv(), "sv")
                .addProperty(DCTerms.title, settings.datasetTitle().en(), "en")
                .addProperty(DCTerms.description, settings.datasetDescription().sv(), "sv")
                .addProperty(DCTerms.description, settings.datasetDescription().en(), "en")
                .addProperty(DCTerms.identifier, urls.dataset())
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(dcatP("contactPoint"), contact)
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.accessRights, typed(Dcat.ACCESS_PUBLIC, DCTerms.RightsStatement))
                .addProperty(DCTerms.conformsTo, ontology)
                .addProperty(DCTerms.accrualPeriodicity, typed(Dcat.FREQUENCY_IRREGULAR, DCTerms.Frequency))
                .addProperty(dcatP("landingPage"), homepage)
                .addProperty(DCTerms.issued, dateTime(in.issued()))
                .addProperty(DCTerms.modified, dateTime(in.modified()))
                .addProperty(DCTerms.spatial, location(Dcat.COUNTRY_SWEDEN));
        settings.keywordsSv().forEach(k -> ds.addProperty(dcatP("keyword"), k, "sv"));
        settings.keywordsEn().forEach(k -> ds.addProperty(dcatP("keyword"), k, "en"));
        themes().forEach(t -> ds.addProperty(dcatP("theme"), t));
        languages().forEach(l -> ds.addProperty(DCTerms.language, l));
        stats.nutsRegions().forEach(n -> ds.addProperty(DCTerms.spatial, location(n)));
        if (stats.earliestStart().isPresent() || stats.latestEnd().isPresent()) {
            Resource period = m.createResource().addProperty(RDF.type, DCTerms.PeriodOfTime);
            stats.earliestStart().ifPresent(d -> period.addProperty(dcatP("startDate"), d.toString(), XSDDatatype.XSDdate));
            stats.latestEnd().ifPresent(d -> period.addProperty(dcatP("endDate"), d.toString(), XSDDatatype.XSDdate));
            ds.addProperty(DCTerms.temporal, period);
        }
        in.version().ifPresent(v -> ds.addProperty(dcatP("version"), v));
        ds.addProperty(m.createProperty(Dcat.ADMS, "versionNotes"), versionNotes(stats), "en");
        for (FileChecksum dump : in.dumps()) {
            RdfSyntax.byFileName(dump.fileName())
                    .ifPresent(s -> ds.addProperty(dcatP("distribution"), dumpDistribution(s, dump, licence)));
        }
        in.changes().ifPresent(c -> changeSetDistributions(c, licence).forEach(d -> ds.addProperty(dcatP("distribution"), d)));
        return ds;
    }

    private String versionNotes(CorpusStatistics stats) {
        String figures = stats.projects() + " projects, " + stats.triples() + " distinct triples in "
                + stats.graphs() + " named graphs.";
        return in.changes().map(c -> "Release " + c.release() + ": " + figures + " Since release " + c.previous()
                + ": " + c.added() + " quads added, " + c.removed() + " removed.").orElse(figures);
    }

    private Resource dumpDistribution(RdfSyntax syntax, FileChecksum dump, Resource licence) {
        String scope = syntax.quads() ? "with every named graph" : "the union of all named graphs";
        Resource d = distribution(urls.distribution(syntax.id()), dump, licence)
                .addProperty(DCTerms.title, "esf-kg i " + displayName(syntax), "sv")
                .addProperty(DCTerms.title, "esf-kg as " + displayName(syntax), "en")
                .addProperty(DCTerms.description, "The whole dataset in " + displayName(syntax) + ", " + scope
                        + (syntax.gzip() ? ", gzip-compressed." : "."), "en")
                .addProperty(dcatP("accessURL"), m.createResource(urls.dumps()))
                .addProperty(dcatP("downloadURL"), m.createResource(urls.dump(dump.fileName())))
                .addProperty(dcatP("mediaType"), typed(syntax.mediaTypeIri(), DCTerms.MediaType))
                .addProperty(DCTerms.format, typed(syntax.euFileTypeIri(), DCTerms.MediaTypeOrExtent));
        compress(d, syntax.compression());
        return d;
    }

    /** The W3C format name ({@code Turtle}, {@code RDF_XML} as {@code RDF/XML}): the registry names it once. */
    private static String displayName(RdfSyntax syntax) {
        String iri = syntax.w3cFormatIri();
        return iri.substring(iri.lastIndexOf('/') + 1).replace('_', '/');
    }

    private void compress(Resource d, Compression c) {
        c.mediaTypeIri().ifPresent(iri -> d.addProperty(dcatP("compressFormat"), typed(iri, DCTerms.MediaType)));
    }

    private List<Resource> changeSetDistributions(CatalogInput.ChangeSetLink c, Resource licence) {
        String since = " from release " + c.previous() + " to release " + c.release();
        Resource patchStandard = typed(Dcat.RDF_PATCH, DCTerms.Standard).addProperty(DCTerms.title, "RDF Patch", "en");
        Resource patch = distribution(urls.distribution("changes-rdf-patch"), c.rdfPatch(), licence)
                .addProperty(DCTerms.title, "Ändringar" + since.replace("from release", "från version")
                        .replace("to release", "till version"), "sv")
                .addProperty(DCTerms.title, "Changes" + since + " (RDF Patch)", "en")
                .addProperty(DCTerms.description, "Quads deleted and added" + since + " as one RDF Patch "
                        + "transaction; apply it to release " + c.previous() + " to get release " + c.release() + ".", "en")
                .addProperty(DCTerms.conformsTo, patchStandard)
                .addProperty(dcatP("accessURL"), m.createResource(urls.release(c.release())))
                .addProperty(dcatP("downloadURL"), m.createResource(urls.releaseFile(c.release(), c.rdfPatch().fileName())));
        Resource added = quadsDistribution("changes-added", c, c.addedQuads(), licence, "added", "tillagda");
        Resource removed = quadsDistribution("changes-removed", c, c.removedQuads(), licence, "removed", "borttagna");
        return List.of(patch, added, removed);
    }

    private Resource quadsDistribution(String id, CatalogInput.ChangeSetLink c, FileChecksum file, Resource licence,
            String what, String vad) {
        RdfSyntax nq = RdfSyntax.NQUADS;
        Resource d = distribution(urls.distribution(id), file, licence)
                .addProperty(DCTerms.title, "Quads " + what + " from release " + c.previous() + " to release "
                        + c.release() + " (N-Quads)", "en")
                .addProperty(DCTerms.title, "Kvadrupler " + vad + " från version " + c.previous() + " till version "
                        + c.release() + " (N-Quads)", "sv")
                .addProperty(dcatP("accessURL"), m.createResource(urls.release(c.release())))
                .addProperty(dcatP("downloadURL"), m.createResource(urls.releaseFile(c.release(), file.fileName())))
                .addProperty(dcatP("mediaType"), typed(nq.mediaTypeIri(), DCTerms.MediaType))
                .addProperty(DCTerms.format, typed(nq.euFileTypeIri(), DCTerms.MediaTypeOrExtent));
        compress(d, nq.compression());
        return d;
    }

    private Resource distribution(String iri, FileChecksum file, Resource licence) {
        Resource checksum = m.createResource()
                .addProperty(RDF.type, m.createResource(Dcat.SPDX + "Checksum"))
                .addProperty(m.createProperty(Dcat.SPDX, "algorithm"), m.createResource(Dcat.SPDX + "checksumAlgorithm_sha256"))
                .addProperty(m.createProperty(Dcat.SPDX, "checksumValue"), file.sha256(), XSDDatatype.XSDhexBinary);
        return m.createResource(iri)
                .addProperty(RDF.type, dcat("Distribution"))
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.modified, dateTime(in.modified()))
                .addProperty(dcatP("byteSize"), Long.toString(file.bytes()), XSDDatatype.XSDnonNegativeInteger)
                .addProperty(m.createProperty(Dcat.SPDX, "checksum"), checksum)
                .addProperty(m.createProperty(Dcat.DCATAP, "availability"),
                        concept(Dcat.AVAILABILITY_STABLE, "stable", "stabil"));
    }

    private Resource sparqlService(Resource dataset, Resource publisher, Resource contact, Resource licence) {
        Resource endpoint = m.createResource(urls.sparqlEndpoint());
        Resource service = m.createResource(urls.sparqlService())
                .addProperty(RDF.type, dcat("DataService"))
                .addProperty(DCTerms.title, "SPARQL-tjänst för esf-kg", "sv")
                .addProperty(DCTerms.title, "esf-kg SPARQL endpoint", "en")
                .addProperty(DCTerms.description, "SPARQL 1.1 query endpoint over the live release (read-only); "
                        + "the default graph is the union of all named graphs. A GET without a query returns the "
                        + "service description.", "en")
                .addProperty(dcatP("endpointURL"), endpoint)
                .addProperty(dcatP("endpointDescription"), endpoint)
                .addProperty(dcatP("servesDataset"), dataset)
                .addProperty(DCTerms.conformsTo, typed(Dcat.SPARQL_PROTOCOL, DCTerms.Standard)
                        .addProperty(DCTerms.title, "SPARQL 1.1 Protocol", "en"))
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(dcatP("contactPoint"), contact)
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.accessRights, typed(Dcat.ACCESS_PUBLIC, DCTerms.RightsStatement));
        themes().forEach(t -> service.addProperty(dcatP("theme"), t));
        settings.keywordsEn().forEach(k -> service.addProperty(dcatP("keyword"), k, "en"));
        Resource viaService = m.createResource(urls.distribution("sparql"))
                .addProperty(RDF.type, dcat("Distribution"))
                .addProperty(DCTerms.title, "esf-kg via SPARQL", "en")
                .addProperty(DCTerms.title, "esf-kg via SPARQL", "sv")
                .addProperty(DCTerms.description, "Query the live release with SPARQL.", "en")
                .addProperty(dcatP("accessURL"), endpoint)
                .addProperty(dcatP("accessService"), service)
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.format, typed(Dcat.EU + "file-type/SPARQLQ", DCTerms.MediaTypeOrExtent))
                .addProperty(m.createProperty(Dcat.DCATAP, "availability"),
                        concept(Dcat.AVAILABILITY_STABLE, "stable", "stabil"));
        dataset.addProperty(dcatP("distribution"), viaService);
        return service;
    }

    private Resource dataThemes() {
        return m.createResource(Dcat.DATA_THEME)
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(DCTerms.title, "Data theme", "en")
                .addProperty(DCTerms.title, "Datatema", "sv");
    }

    private List<Resource> themes() {
        Resource scheme = dataThemes();
        return List.of(
                concept(Dcat.DATA_THEME + "/SOCI", "Population and society", "Befolkning och samhälle")
                        .addProperty(SKOS.inScheme, scheme),
                concept(Dcat.DATA_THEME + "/ECON", "Economy and finance", "Ekonomi och finans")
                        .addProperty(SKOS.inScheme, scheme),
                concept(Dcat.DATA_THEME + "/GOVE", "Government and public sector",
                        "Regeringen och den offentliga sektorn").addProperty(SKOS.inScheme, scheme));
    }

    private List<Resource> languages() {
        return List.of(typed(Dcat.LANGUAGE + "SWE", DCTerms.LinguisticSystem),
                typed(Dcat.LANGUAGE + "ENG", DCTerms.LinguisticSystem));
    }

    private Resource concept(String iri, String labelEn, String labelSv) {
        Resource c = typed(iri, SKOS.Concept).addProperty(SKOS.prefLabel, labelEn, "en");
        if (labelSv != null) {
            c.addProperty(SKOS.prefLabel, labelSv, "sv");
        }
        return c;
    }

    /** A place with its bounding box and centre where the reference data has them (DCAT-AP recommends both). */
    private Resource location(String iri) {
        Resource place = typed(iri, DCTerms.Location);
        Extents.shipped().of(iri).ifPresent(box -> place
                .addProperty(dcatP("bbox"), box.wktPolygon(), WKT)
                .addProperty(dcatP("centroid"), box.wktCentroid(), WKT));
        return place;
    }

    private Resource typed(String iri, Resource type) {
        return m.createResource(iri).addProperty(RDF.type, type);
    }

    private Resource dcat(String local) {
        return m.createResource(Dcat.DCAT + local);
    }

    private Property dcatP(String local) {
        return m.createProperty(Dcat.DCAT, local);
    }

    private Resource vcard(String local) {
        return m.createResource(Dcat.VCARD + local);
    }

    private Literal dateTime(Instant t) {
        return m.createTypedLiteral(t.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

}
