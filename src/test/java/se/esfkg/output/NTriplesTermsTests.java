package se.esfkg.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NTriplesTermsTests {

    static Stream<Node> terms() {
        List<Node> nodes = new ArrayList<>();
        for (String iri : List.of("https://w3id.org/esf-kg/id/project/2021-00123", "http://schema.org/name",
                "https://w3id.org/esf-kg/id/organisation/lycksele-kommun/arbetsmarknadsenheten",
                "urn:x:a b", "urn:x:<tag>", "urn:x:\"q\"", "urn:x:{c}", "urn:x:a|b", "urn:x:a^b", "urn:x:a`b",
                "urn:x:a\\b", "urn:x:Malmö", "urn:x:\u0007bell", "urn:x:\u007f", "urn:x:emoji\uD83D\uDE00",
                "http://www.wikidata.org/entity/Q501")) {
            nodes.add(NodeFactory.createURI(iri));
        }
        for (String text : List.of("Lycksele kommun", "Samverkan över kommungränser: en väg in", "Malmö stad",
                "he said \"hej\"", "back\\slash", "line\nbreak", "tab\there", "cr\rhere", "form\ffeed",
                "bell\u0007", "del\u007f", "c1\u0085", "nbsp\u00a0", "emoji \uD83D\uDE00", "", "  ", "ÅÄÖ åäö é ü ß",
                "zero\u0000", "line\u2028sep")) {
            nodes.add(NodeFactory.createLiteralString(text));
            nodes.add(NodeFactory.createLiteralLang(text, "sv"));
            nodes.add(NodeFactory.createLiteralLang(text, "en-GB"));
            nodes.add(NodeFactory.createLiteralDT(text, XSDDatatype.XSDstring));
        }
        nodes.add(NodeFactory.createLiteralDT("2021-03-01", XSDDatatype.XSDdate));
        nodes.add(NodeFactory.createLiteralDT("1500000", XSDDatatype.XSDdecimal));
        nodes.add(NodeFactory.createLiteralDT("x", NodeFactory.getType("urn:x:dt with space")));
        nodes.add(NodeFactory.createBlankNode("b0"));
        return nodes.stream();
    }

    @ParameterizedTest
    @MethodSource("terms")
    void everyTermIsWrittenAsJenaWritesIt(Node term) {
        assertThat(NTriplesTerms.of(term)).isEqualTo(NodeFmtLib.strNT(term));
    }

    @Test
    void everyQuadOfTheSeedsIsWrittenAsJenaWritesIt() {
        var dataset = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph("src/test/resources/dump/two-graphs.trig");
        var quads = org.apache.jena.atlas.iterator.Iter.toList(dataset.find());
        assertThat(quads).isNotEmpty();
        for (var q : quads) {
            assertThat(NTriplesTerms.quad(q)).isEqualTo(NodeFmtLib.strNQ(q));
        }
    }

    @Test
    void randomTextIsWrittenAsJenaWritesIt() {
        Random random = new Random(20261206);
        String alphabet = "abcåäöÅÄÖ \"\\\n\r\t\u0000\u0007\u007f\u0085\u00a0é-:/#<>{}|^`%\uD83D\uDE00";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (Node n : List.of(NodeFactory.createLiteralString(s.toString()),
                    NodeFactory.createLiteralLang(s.toString(), "sv"), NodeFactory.createURI("urn:x:" + s))) {
                assertThat(NTriplesTerms.of(n)).as("%s", s).isEqualTo(NodeFmtLib.strNT(n));
            }
        }
    }
}
