package se.esfkg.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import se.esfkg.resolve.MunicipalityResolver;
import se.esfkg.resolve.ReferenceData;
import se.esfkg.resolve.RegionResolver;
import se.esfkg.testing.Knowledge;

/** A knowledge base is data handed in: a test builds a small one, the stages take it as they find it. */
class KnowledgeBaseTests {

    private static final KnowledgeBase SMALL = KnowledgeBase.builder()
            .table("reference/nuts2.csv", "code,name_sv,name_en\nSE33,Övre Norrland,Upper Norrland\n")
            .table("reference/counties.csv", "code,name,nuts3,nuts2\n24,Västerbottens län,SE331,SE33\n")
            .table("reference/municipalities.csv", """
                    code,name,county_code,county_name,wikidata
                    2481,Lycksele,24,Västerbottens län,
                    2480,Umeå,24,Västerbottens län,Q25579
                    """)
            .table("resolve/region-aliases.csv", "alias,id\nNorra Norrland,SE33\n")
            .ontology("tiny.ttl", turtle("<https://w3id.org/esf-kg/ontology> a <http://www.w3.org/2002/07/owl#Ontology> ."))
            .build();

    private static ByteArrayInputStream turtle(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theStagesUseOnlyWhatTheKnowledgeBaseHolds() {
        ReferenceData reference = ReferenceData.from(SMALL);
        assertThat(reference.municipalities()).extracting(m -> m.code()).containsExactly("2481", "2480");
        MunicipalityResolver municipalities = new MunicipalityResolver(reference, SMALL);
        assertThat(municipalities.resolve("Umeå kommun")).hasValueSatisfying(m -> assertThat(m.code()).isEqualTo("2480"));
        assertThat(municipalities.resolve("Stockholm")).isEmpty();
        assertThat(new RegionResolver(reference, SMALL).resolve("Norra Norrland"))
                .hasValueSatisfying(r -> assertThat(r.id()).isEqualTo("SE33"));
        assertThat(SMALL.ontology().size()).isEqualTo(1);
        assertThat(SMALL.concepts().isEmpty()).isTrue();
    }

    @Test
    void aBadRowIsReportedWithTableAndLine() {
        KnowledgeBase bad = KnowledgeBase.builder()
                .table("reference/nuts2.csv", "code,name_sv,name_en\nSE33,Övre Norrland,Upper Norrland\n")
                .table("reference/counties.csv", "# comment\ncode,name,nuts3,nuts2\n24,Västerbottens län,SE331,SE99\n")
                .build();
        assertThatThrownBy(() -> ReferenceData.from(bad)).hasMessage(
                "county 24 names unknown NUTS-2 SE99 [reference/counties.csv:3]");
    }

    @Test
    void theShippedOneHoldsEveryTableAndTheVocabularyIsReadOnly() {
        KnowledgeBase shipped = Knowledge.SHIPPED;
        for (String name : KnowledgeBase.TABLE_FILES) {
            assertThat(shipped.table(name).rows()).as(name).isNotEmpty();
        }
        assertThat(ReferenceData.from(shipped).municipalities()).hasSize(290);
        // countries.ttl is one of the concept files: the partner-country phrases come from it.
        assertThat(shipped.concepts().contains(NodeFactory.createURI(
                "http://publications.europa.eu/resource/authority/country/FIN"), org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.Node.ANY)).isTrue();
        assertThatThrownBy(() -> shipped.vocabulary().add(NodeFactory.createURI("urn:x"),
                NodeFactory.createURI("urn:y"), NodeFactory.createURI("urn:z"))).isNotNull();
        assertThatThrownBy(() -> shipped.table("resolve/nothing.csv")).hasMessageContaining("resolve/nothing.csv");
    }
}
