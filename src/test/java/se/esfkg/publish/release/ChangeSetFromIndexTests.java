package se.esfkg.publish.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.esfkg.output.GraphIndex;
import se.esfkg.output.RdfSyntax;
import se.esfkg.testing.Fixtures;

/**
 * The change set from two indexed dumps reads only the graphs whose fingerprints differ, and writes
 * the same files, byte for byte, as the whole-dump method on the same two dumps.
 */
class ChangeSetFromIndexTests {

    static final String B = Fixtures.B;
    static final Node PAGE_000 = NodeFactory.createURI(Fixtures.sourceGraph("000_05dbab979be8d6ed"));
    static final Node PAGE_001 = NodeFactory.createURI(Fixtures.sourceGraph("001_cadcfa4700230a5b"));
    static final Node PAGE_004 = NodeFactory.createURI(Fixtures.sourceGraph("004_ed19341546b216d7"));
    static final Node PAGE_NEW = NodeFactory.createURI(Fixtures.sourceGraph("005_new"));
    static final Node REFERENCE = NodeFactory.createURI(B + "graph/reference");
    static final List<String> FILES = List.of(ChangeSet.RDF_PATCH, ChangeSet.ADDED, ChangeSet.REMOVED, ChangeSet.COUNTS);

    @TempDir
    static Path tmp;
    static Path oldDump;
    static Path newDump;

    @BeforeAll
    static void twoDumps() {
        DatasetGraph v1 = Fixtures.seeds();
        // Page 004 is removed, page 000 changes a title, page 001 gains a triple, a page is added
        // (a copy of 004's statements in a new graph), the rest stays.
        DatasetGraph v2 = Fixtures.seeds();
        v2.find(PAGE_004, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> v2.add(PAGE_NEW, q.getSubject(),
                q.getPredicate(), q.getObject()));
        v2.removeGraph(PAGE_004);
        Node project = NodeFactory.createURI(B + "project/resurscentrum-2014");
        v2.deleteAny(PAGE_000, project, DCTerms.title.asNode(), Node.ANY);
        v2.add(PAGE_000, project, DCTerms.title.asNode(), NodeFactory.createLiteralLang("ResursCentrum 2.0", "sv"));
        v2.add(PAGE_001, NodeFactory.createURI(B + "project/team-work-2012"), RDFS.comment.asNode(),
                NodeFactory.createLiteralString("added in release 2"));
        oldDump = Fixtures.writeIndexed(v1, tmp.resolve("v1"));
        newDump = Fixtures.writeIndexed(v2, tmp.resolve("v2"));
    }

    @Test
    void theIndexedMethodWritesTheWholeDumpMethodsBytes() throws IOException {
        Path plain1 = copyWithoutIndex(oldDump, tmp.resolve("plain1"));
        Path plain2 = copyWithoutIndex(newDump, tmp.resolve("plain2"));
        ChangeSet whole = ChangeSetWriter.write(plain1, plain2, Files.createDirectories(tmp.resolve("whole")), 1, 2,
                B + "release/1", B + "release/2");
        ChangeSet indexed = ChangeSetWriter.write(oldDump, newDump, Files.createDirectories(tmp.resolve("indexed")), 1, 2,
                B + "release/1", B + "release/2");

        assertThat(ChangeSetWriter.differingGraphs(index(oldDump), index(newDump))).containsExactly(PAGE_000.getURI(),
                PAGE_001.getURI(), PAGE_004.getURI(), PAGE_NEW.getURI());
        assertThat(indexed.added()).isEqualTo(whole.added()).isPositive();
        assertThat(indexed.removed()).isEqualTo(whole.removed()).isPositive();
        assertThat(indexed.perGraph().keySet()).containsExactly(PAGE_000.getURI(), PAGE_001.getURI(),
                PAGE_004.getURI(), PAGE_NEW.getURI());
        for (String f : FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("indexed").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("whole").resolve(f)));
        }
    }

    @Test
    void unchangedGraphsAreNeverRead() throws IOException {
        // Garbage in the reference graph's member of both dumps, the indexes re-stamped to match: the
        // whole-dump method cannot read them, the indexed one never opens that member.
        Path broken1 = garbleMember(oldDump, REFERENCE.getURI(), tmp.resolve("broken1"));
        Path broken2 = garbleMember(newDump, REFERENCE.getURI(), tmp.resolve("broken2"));
        ChangeSet indexed = ChangeSetWriter.write(broken1, broken2, Files.createDirectories(tmp.resolve("broken")), 1, 2,
                B + "release/1", B + "release/2");
        assertThat(indexed.perGraph()).doesNotContainKey(REFERENCE.getURI()).containsKey(PAGE_000.getURI());

        Path noIndex = copyWithoutIndex(broken2, tmp.resolve("broken2-plain"));
        assertThatThrownBy(() -> ChangeSetWriter.write(broken1, noIndex,
                Files.createDirectories(tmp.resolve("broken-whole")), 1, 2, B + "release/1", B + "release/2"))
                .isInstanceOf(RuntimeException.class);
    }

    static GraphIndex index(Path dump) {
        return GraphIndex.read(dump.resolveSibling(GraphIndex.FILE));
    }

    static Path copyWithoutIndex(Path dump, Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.copy(dump, dir.resolve(RdfSyntax.NQUADS.fileName()));
    }

    static Path garbleMember(Path dump, String graph, Path dir) throws IOException {
        Path copy = copyWithoutIndex(dump, dir);
        GraphIndex index = index(dump);
        GraphIndex.Entry row = index.byGraph().get(graph);
        byte[] bytes = Files.readAllBytes(copy);
        for (long i = row.offset() + 10; i < row.offset() + row.length() - 8; i++) {
            bytes[(int) i] = (byte) 0x5a;
        }
        Files.write(copy, bytes);
        new GraphIndex(index.dumpFile(), GraphIndex.fileSha256(copy), Files.size(copy), index.entries())
                .write(copy.resolveSibling(GraphIndex.FILE));
        return copy;
    }
}
