package se.esfkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void swedishAndNordicLettersFoldAndSeparatorsBecomeOneHyphen() {
        assertThat(Slugs.of("Samverkan utan gränser")).isEqualTo("samverkan-utan-granser");
        assertThat(Slugs.of("Malung-Sälen")).isEqualTo("malung-salen");
        assertThat(Slugs.of("Ørestad Ærø Straße")).isEqualTo("orestad-aero-strasse");
        assertThat(Slugs.of("Café  – 2023/00117 ")).isEqualTo("cafe-2023-00117");
    }

    @Test
    void aTextWithoutLettersHasNoSlugButAlwaysASegment() {
        assertThat(Slugs.of(" – ")).isEmpty();
        assertThat(Slugs.segment(" – ")).isEqualTo("x");
    }
}
