package se.esfkg.publish.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.output.RdfSyntax;
import se.esfkg.publish.Checksums;
import se.esfkg.publish.FileChecksum;
import se.esfkg.publish.NQuads;
import se.esfkg.publish.PublishSettings;
import se.esfkg.testing.Fixtures;

/**
 * Three loads of changing data make releases 1, 2 and 3; release 1's dump patched with the change
 * sets of 2 and 3 (RDF Patch, and the N-Quads pair) is release 3's dump, quad for quad.
 */
class ReleasesTests {

    static final String B = Fixtures.B;
    static final Node PAGE_000 = NodeFactory.createURI(Fixtures.sourceGraph("000_05dbab979be8d6ed"));
    static final Node PAGE_001 = NodeFactory.createURI(Fixtures.sourceGraph("001_cadcfa4700230a5b"));
    static final Node PAGE_004 = NodeFactory.createURI(Fixtures.sourceGraph("004_ed19341546b216d7"));
    static final Node REFERENCE = NodeFactory.createURI(B + "graph/reference");
    static final Node PROJECT_000 = NodeFactory.createURI(B + "project/resurscentrum-2014");

    @TempDir
    static Path tmp;
    static Releases releases;
    static long quadsOf004;
    static Quad referenceQuadDropped;

    @BeforeAll
    static void threeReleases() {
        releases = new Releases(tmp.resolve("data"));
        DatasetGraph v1 = Fixtures.seeds();
        quadsOf004 = count(v1, PAGE_004);
        publish(v1, 1, "2026-11-01T08:00:00Z");

        // Release 2: page 004 is gone, project 000 has a new title, page 001 gains a triple.
        DatasetGraph v2 = Fixtures.seeds();
        v2.removeGraph(PAGE_004);
        v2.deleteAny(PAGE_000, PROJECT_000, DCTerms.title.asNode(), Node.ANY);
        v2.add(PAGE_000, PROJECT_000, DCTerms.title.asNode(), NodeFactory.createLiteralLang("ResursCentrum 2.0", "sv"));
        v2.add(PAGE_001, NodeFactory.createURI(B + "project/team-work-2012"), RDFS.comment.asNode(),
                NodeFactory.createLiteralString("added in release 2"));
        publish(v2, 2, "2026-11-15T08:00:00Z");

        // Release 3: page 004 is back, a reference triple is dropped, the comment stays.
        DatasetGraph v3 = Fixtures.seeds();
        v3.deleteAny(PAGE_000, PROJECT_000, DCTerms.title.asNode(), Node.ANY);
        v3.add(PAGE_000, PROJECT_000, DCTerms.title.asNode(), NodeFactory.createLiteralLang("ResursCentrum 2.0", "sv"));
        v3.add(PAGE_001, NodeFactory.createURI(B + "project/team-work-2012"), RDFS.comment.asNode(),
                NodeFactory.createLiteralString("added in release 2"));
        referenceQuadDropped = v3.find(REFERENCE, Node.ANY, Node.ANY, Node.ANY).next();
        v3.delete(referenceQuadDropped);
        publish(v3, 3, "2026-12-01T08:00:00Z");
    }

    static void publish(DatasetGraph data, int n, String when) {
        Path input = Fixtures.writeNq(data, tmp.resolve("in-" + n).resolve(RdfSyntax.NQUADS.fileName())).getParent();
        releases.prepare(input, PublishSettings.defaults(), B, Instant.parse(when)).commit();
    }

    static long count(DatasetGraph dsg, Node graph) {
        long[] n = {0};
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> n[0]++);
        return n[0];
    }

    static TreeSet<String> sortedLines(Path nquads) {
        TreeSet<String> lines = new TreeSet<>();
        NQuads.parse(nquads, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                lines.add(NQuads.line(q));
            }
        });
        return lines;
    }

    static Path file(int release, String name) {
        return releases.root().resolve(Integer.toString(release)).resolve(name);
    }

    @Test
    void eachLoadIsAReleaseWithNumberDateAndPrevious() {
        List<Release> all = releases.list();
        assertThat(all).extracting(Release::number).containsExactly(1, 2, 3);
        assertThat(all.get(0).previous()).isEmpty();
        assertThat(all.get(1).previous()).contains(1);
        assertThat(all.get(2).issued()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(all.get(0).hasChangeSet()).isFalse();
        assertThat(all.get(2).hasChangeSet()).isTrue();
        assertThat(all.get(1).removed()).isEqualTo(quadsOf004 + 1);
        assertThat(all.get(1).added()).isEqualTo(2);
    }

    @Test
    void rdfPatchesOneToTwoToThreeGiveReleaseThreeExactly() throws IOException {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        NQuads.parse(file(1, RdfSyntax.NQUADS.fileName()), StreamRDFLib.dataset(copy));
        for (int r : new int[] {2, 3}) {
            try (InputStream patch = NQuads.open(file(r, ChangeSet.RDF_PATCH))) {
                RDFPatchOps.applyChange(copy, patch);
            }
        }
        TreeSet<String> patched = new TreeSet<>();
        copy.find().forEachRemaining(q -> patched.add(NQuads.line(q)));
        assertThat(patched).isEqualTo(sortedLines(file(3, RdfSyntax.NQUADS.fileName())));
    }

    @Test
    void nquadsPairsOneToTwoToThreeGiveReleaseThreeExactly() {
        TreeSet<String> lines = sortedLines(file(1, RdfSyntax.NQUADS.fileName()));
        for (int r : new int[] {2, 3}) {
            lines.removeAll(sortedLines(file(r, ChangeSet.REMOVED)));
            lines.addAll(sortedLines(file(r, ChangeSet.ADDED)));
        }
        assertThat(lines).isEqualTo(sortedLines(file(3, RdfSyntax.NQUADS.fileName())));
    }

    @Test
    void thePatchNamesItsReleaseAndThePreviousOne() throws IOException {
        try (InputStream in = NQuads.open(file(3, ChangeSet.RDF_PATCH))) {
            PatchHeader header = RDFPatchOps.readHeader(in);
            assertThat(header.getId().getURI()).isEqualTo("https://w3id.org/esf-kg/releases/3");
            assertThat(header.getPrevious().getURI()).isEqualTo("https://w3id.org/esf-kg/releases/2");
        }
    }

    @Test
    void changesAreCountedPerGraph() throws IOException {
        String table = Files.readString(file(2, ChangeSet.COUNTS));
        assertThat(table.lines()).containsExactly("graph\tadded\tremoved",
                PAGE_000.getURI() + "\t1\t1",
                PAGE_001.getURI() + "\t1\t0",
                PAGE_004.getURI() + "\t0\t" + quadsOf004);
        assertThat(Files.readString(file(3, ChangeSet.COUNTS)).lines()).containsExactly("graph\tadded\tremoved",
                REFERENCE.getURI() + "\t0\t1",
                PAGE_004.getURI() + "\t" + quadsOf004 + "\t0");
        assertThat(sortedLines(file(3, ChangeSet.REMOVED))).containsExactly(NQuads.line(referenceQuadDropped));
    }

    @Test
    void theReleaseCatalogLinksItsChangeSetWithChecksums() {
        var catalog = org.apache.jena.riot.RDFDataMgr.loadModel(file(2, "catalog.ttl").toString());
        FileChecksum patch = FileChecksum.of(file(2, ChangeSet.RDF_PATCH));
        String q = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX spdx: <http://spdx.org/rdf/terms#> "
                + "SELECT ?sum ?version { ?ds dcat:version ?version ; dcat:distribution ?d . ?d dcat:downloadURL "
                + "<https://w3id.org/esf-kg/releases/2/changes.rdfp.gz> ; spdx:checksum/spdx:checksumValue ?sum }";
        try (var qe = org.apache.jena.query.QueryExecutionFactory.create(q, catalog)) {
            var row = qe.execSelect().next();
            assertThat(row.getLiteral("sum").getLexicalForm()).isEqualTo(patch.sha256());
            assertThat(row.getLiteral("version").getLexicalForm()).isEqualTo("2");
        }
        assertThat(Checksums.read(file(2, "x").getParent())).extracting(FileChecksum::fileName)
                .contains(ChangeSet.RDF_PATCH, ChangeSet.ADDED, ChangeSet.REMOVED, ChangeSet.COUNTS,
                        RdfSyntax.NQUADS.fileName(), "void.ttl", "catalog.rdf");
    }

    @Test
    void onlyTheNewestReleasesKeepTheirDumps() {
        Releases more = new Releases(tmp.resolve("more"));
        DatasetGraph data = Fixtures.seeds();
        for (int n = 1; n <= Releases.KEEP_DUMPS + 2; n++) {
            data.add(PAGE_001, NodeFactory.createURI(B + "project/team-work-2012"), RDFS.comment.asNode(),
                    NodeFactory.createLiteralString("change " + n));
            Path input = Fixtures.writeNq(data, tmp.resolve("more-in-" + n).resolve(RdfSyntax.NQUADS.fileName())).getParent();
            more.prepare(input, PublishSettings.defaults(), B, Instant.parse("2026-12-0" + n + "T00:00:00Z")).commit();
        }
        List<Release> all = more.list();
        assertThat(all).hasSize(Releases.KEEP_DUMPS + 2);
        for (Release r : all) {
            boolean kept = r.number() > 2;
            assertThat(r.hasFile(RdfSyntax.NQUADS.fileName())).as("release " + r.number()).isEqualTo(kept);
            assertThat(r.hasFile("catalog.rdf")).isTrue();
            assertThat(r.number() == 1 || r.hasFile(ChangeSet.RDF_PATCH)).isTrue();
        }
        assertThat(all.get(4).added()).isEqualTo(1);
    }

    @Test
    void aDiscardedReleaseLeavesNoTrace() throws IOException {
        Releases.Pending pending = releases.prepare(tmp.resolve("in-3"), PublishSettings.defaults(), B,
                Instant.parse("2026-12-02T00:00:00Z"));
        assertThat(pending.number()).isEqualTo(4);
        pending.discard();
        assertThat(releases.list()).hasSize(3);
        try (var s = Files.list(releases.root())) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("1", "2", "3", ReleaseLock.FILE);
        }
    }

    @Test
    void theHiddenFolderOfAKilledReleaseIsRemovedByTheNextRelease() throws IOException {
        Releases killed = new Releases(tmp.resolve("killed"));
        Path left = Files.createDirectories(killed.root().resolve(".pending-123"));
        Files.writeString(left.resolve(RdfSyntax.NQUADS.fileName()), "half a release");
        Releases.Pending next = killed.prepare(tmp.resolve("in-1"), PublishSettings.defaults(), B,
                Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(left).doesNotExist();
        next.commit();
        try (var s = Files.list(killed.root())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("1", ReleaseLock.FILE);
        }
    }

    @Test
    void aSecondLoadCannotTakeTheReleaseNumberOfOneInProgress() {
        Path data = tmp.resolve("race");
        Path input = tmp.resolve("in-1");
        Releases first = new Releases(data);
        Releases second = new Releases(data);
        Releases.Pending inProgress = first.prepare(input, PublishSettings.defaults(), B, Instant.parse("2026-12-03T00:00:00Z"));
        assertThat(inProgress.number()).isEqualTo(1);

        assertThatThrownBy(() -> second.prepare(input, PublishSettings.defaults(), B, Instant.parse("2026-12-03T00:00:01Z")))
                .isInstanceOf(ReleaseInProgressException.class)
                .hasMessage("another load is making a release in " + first.root()
                        + "; run this load again when it has finished");
        // The refused load left nothing behind: no second pending folder.
        assertThat(first.root().toFile().list((dir, name) -> name.startsWith(".pending-"))).hasSize(1);

        inProgress.commit();
        Releases.Pending next = second.prepare(input, PublishSettings.defaults(), B, Instant.parse("2026-12-03T00:00:02Z"));
        assertThat(next.number()).isEqualTo(2);
        next.discard();
        // A discarded release gives the lock back too.
        first.prepare(input, PublishSettings.defaults(), B, Instant.parse("2026-12-03T00:00:03Z")).discard();
    }
}
