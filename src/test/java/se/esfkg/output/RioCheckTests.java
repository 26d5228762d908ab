package se.esfkg.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * A page's lines judged by Rio term by term ({@link RioCheck.Terms}) are judged as Rio judges the
 * lines themselves ({@link RioCheck#check(SortedPage)}): the same pages pass and the same fail.
 */
class RioCheckTests {

    private static final Node GRAPH = NodeFactory.createURI("https://example.org/graph/page");
    private static final Node PREDICATE = NodeFactory.createURI("https://example.org/p");

    private static SortedPage pageWith(Node subject, Node object) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(subject, PREDICATE, object));
        g.add(Triple.create(NodeFactory.createURI("https://example.org/a"), PREDICATE, NodeFactory.createLiteralString("ok")));
        return SortedPage.of(GRAPH, g);
    }

    private static boolean rioReadsTheLines(SortedPage page) {
        try {
            RioCheck.check(page);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static boolean rioReadsTheTerms(SortedPage page, RioCheck.Terms terms) {
        try {
            terms.check(page);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    @Test
    void hostileTermsFailTermByTermExactlyWhenTheyFailLineByLine() {
        RioCheck.Terms terms = new RioCheck.Terms(Set.of());
        Random random = new Random(20261207);
        String alphabet = "abå \"\\\n\r\t\u0000\u007f\u0085é-:/#<>{}|^`%zZ9?@[]\uD83D\uDE00";
        int failing = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(10); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            List<SortedPage> pages = List.of(
                    pageWith(NodeFactory.createURI("https://example.org/" + text), NodeFactory.createLiteralString(text)),
                    pageWith(NodeFactory.createURI("urn:x"), NodeFactory.createURI(text)),
                    pageWith(NodeFactory.createBlankNode("b" + text), NodeFactory.createLiteralLang(text, "sv-SE")),
                    pageWith(NodeFactory.createURI("urn:x"), NodeFactory.createLiteralDT("1", new org.apache.jena.datatypes.BaseDatatype("urn:t:" + text))));
            for (SortedPage page : pages) {
                boolean lines = rioReadsTheLines(page);
                assertThat(rioReadsTheTerms(page, terms)).as("%s", page.statements()).isEqualTo(lines);
                failing += lines ? 0 : 1;
            }
        }
        // The alphabet is hostile enough that both outcomes are exercised.
        assertThat(failing).isBetween(100, 11_000);
    }

    @Test
    void aTermAlreadyReadIsNotReadAgainAndAnUnreadOneIs() {
        Node bad = NodeFactory.createURI("https://example.org/a%zz");
        SortedPage page = pageWith(bad, NodeFactory.createLiteralString("x"));
        assertThatThrownBy(() -> new RioCheck.Terms(Set.of()).check(page))
                .hasMessageContaining("cannot re-read the N-Quads of graph <https://example.org/graph/page>");
        assertThatCode(() -> new RioCheck.Terms(Set.of(bad)).check(page)).doesNotThrowAnyException();
    }

    @Test
    void aLiteralSubjectIsNotNQuads() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createLiteralString("s"), PREDICATE, NodeFactory.createURI("urn:o")));
        assertThatThrownBy(() -> new RioCheck.Terms(Set.of()).check(SortedPage.of(GRAPH, g)))
                .isInstanceOf(IllegalStateException.class);
    }

    /** What the base rules out is what Rio accepts: random paths of unreserved characters and slashes. */
    @Test
    void anIriMintedUnderTheBaseFromUnreservedCharactersIsOneRioAccepts() {
        String base = "https://example.org/esf/";
        RioCheck.Terms underBase = new RioCheck.Terms(Set.of(), base);
        Random random = new Random(20261208);
        String[] alphabet = {"a", "z", "A", "Z", "0", "9", "-", ".", "_", "~", "/", "%C3%A5", "%2f", "%20"};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder path = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                path.append(alphabet[random.nextInt(alphabet.length)]);
            }
            SortedPage page = pageWith(NodeFactory.createURI(base + path), NodeFactory.createURI(base + path + "x"));
            assertThat(rioReadsTheLines(page)).as(path.toString()).isTrue();
            assertThat(rioReadsTheTerms(page, underBase)).isTrue();
        }
        // Anything else under the base is still given to Rio.
        for (String path : List.of("a%zz", "a%2", "a%")) {
            SortedPage bad = pageWith(NodeFactory.createURI(base + path), NodeFactory.createLiteralString("x"));
            assertThat(rioReadsTheLines(bad)).as(path).isFalse();
            assertThat(rioReadsTheTerms(bad, underBase)).as(path).isFalse();
        }
        // A base that is not a plain absolute folder rules nothing out.
        SortedPage badUnderQuery = pageWith(NodeFactory.createURI("https://example.org/?q=%zz"), NodeFactory.createLiteralString("x"));
        assertThat(rioReadsTheTerms(badUnderQuery, new RioCheck.Terms(Set.of(), "https://example.org/?q="))).isFalse();
    }
}
