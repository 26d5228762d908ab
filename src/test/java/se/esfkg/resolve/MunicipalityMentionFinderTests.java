package se.esfkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.problem.SourceLocation;

class MunicipalityMentionFinderTests {

    private final MunicipalityMentionFinder finder = Seeds.RESOLVER.mentionFinder();
    private final SourceLocation at = new SourceLocation("p.txt", 20, "Sammanfattning");

    private List<String> codes(String text) {
        return finder.find(text, at).stream().map(m -> m.municipality().code()).toList();
    }

    @Test
    void listAfterKommunerna() {
        List<MunicipalityMention> found = finder.find(
                "Projektet genomförs i kommunerna Ludvika, Smedjebacken och Fagersta. Sedan följer mer.", at);
        assertThat(found).extracting(m -> m.municipality().code(), MunicipalityMention::matchedText)
                .containsExactly(tuple("2085", "Ludvika"), tuple("2061", "Smedjebacken"), tuple("1982", "Fagersta"));
        assertThat(found.get(0).sentence()).isEqualTo("Projektet genomförs i kommunerna Ludvika, Smedjebacken och Fagersta.");
        assertThat(found.get(0).location()).isEqualTo(at);
    }

    @Test
    void kommunStadAndGenitive() {
        List<MunicipalityMention> found = finder.find(
                "Luleå kommun och Bodens kommun samverkar. Malmö stad deltar. Luleås arbetsmarknad växer.", at);
        assertThat(found).extracting(MunicipalityMention::matchedText)
                .containsExactly("Luleå kommun", "Bodens kommun", "Malmö stad", "Luleås");
        assertThat(found).extracting(m -> m.municipality().code()).containsExactly("2580", "2582", "1280", "2580");
        assertThat(found.get(3).sentence()).isEqualTo("Luleås arbetsmarknad växer.");
    }

    @Test
    void hyphenAndSpaceVariants() {
        assertThat(codes("Deltagare från Upplands-Väsby och Malung-Sälen.")).containsExactly("0114", "2023");
        assertThat(codes("Deltagare från Upplands Väsby.")).containsExactly("0114");
    }

    @Test
    void commonWordsNeedACue() {
        assertThat(codes("Det ska vara enkelt. Vara med är viktigt. Mark och vatten. Ale är gott.")).isEmpty();
        assertThat(codes("Boden står i trädgården. Anna Berg leder arbetet.")).isEmpty();
        assertThat(codes("Vara kommun och Marks kommun deltar.")).containsExactly("1470", "1463");
        assertThat(codes("i kommunerna Ale, Kungälv och Stenungsund")).containsExactly("1440", "1482", "1415");
        assertThat(codes("Bodens kommun")).containsExactly("2582");
    }

    @Test
    void namesInsideOrganisationNamesAreNotMentions() {
        assertThat(codes("Region Gotland och Region Jönköpings län deltar.")).isEmpty();
        assertThat(codes("Länsstyrelsen i Uppsala län och Kalmar läns landsting.")).isEmpty();
        assertThat(codes("Samordningsförbundet Umeå och Lycksele samordningsförbund.")).isEmpty();
        assertThat(codes("Skaraborgs Kommunalförbund samordnar; Lunds universitet utvärderar.")).isEmpty();
        assertThat(codes("Region Gotland samverkar med Visby i Gotland.")).containsExactly("0980");
    }

    @Test
    void lowerCaseWordsAreNotNames() {
        assertThat(codes("en stor mark och boden, med lund och berg")).isEmpty();
    }

    @Test
    void seedWithoutKommunListFindsTheNamedMunicipalities() {
        ResolvedProject p = Seeds.RESOLVER.resolve(Seeds.withoutKommunList(Seeds.read("004_ed19341546b216d7.txt")),
                new CollectingProblemReporter());
        assertThat(p.mentions()).extracting(m -> m.municipality().code(), MunicipalityMention::matchedText)
                .containsExactly(tuple("0586", "Mjölby"), tuple("0560", "Boxholm"), tuple("0509", "Ödeshög"),
                        tuple("1781", "Kristinehamns kommun"), tuple("0617", "Gnosjö kommun"),
                        tuple("1283", "Helsingborgs Stad"), tuple("0781", "Ljungby kommun"));
        MunicipalityMention first = p.mentions().get(0);
        assertThat(first.sentence()).startsWith("Bakgrund Mjölby, Boxholm och Ödeshög är små och medelstora kommuner");
        assertThat(first.location().field()).isEqualTo("Bakgrund");
        assertThat(first.location().file()).isEqualTo("004_ed19341546b216d7.txt");
    }

    @Test
    void seedVaraMentionIsCuedAndOthersAreNot() {
        ResolvedProject p = Seeds.RESOLVER.resolve(Seeds.withoutKommunList(Seeds.read("002_34e89ac2aefdf7c1.txt")),
                new CollectingProblemReporter());
        assertThat(p.mentions()).extracting(m -> m.municipality().code()).contains("1470").doesNotHaveDuplicates();
        assertThat(p.mentions()).filteredOn(m -> m.municipality().code().equals("1470"))
                .extracting(MunicipalityMention::matchedText).containsExactly("Vara kommun");
    }

    @Test
    void workIsLinearInTheTextsLength() {
        // 221 KB in one line without a sentence end, a mention every few words: once 100 s of work.
        String chunk = "Projektet samverkar med Malmö, Lund och Ystad kommuner kring nyanlända ";
        String text = chunk.repeat(221_000 / chunk.length() + 1);
        List<MunicipalityMention> found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), () -> finder.find(text, at), "hang guard: expected well under 3 s");
        assertThat(found).hasSize(3 * (221_000 / chunk.length() + 1));
        assertThat(found.get(0).sentence()).hasSizeLessThanOrEqualTo(2 * MunicipalityMentionFinder.MAX_SENTENCE + 1)
                .startsWith("Projektet samverkar med Malmö");
    }
}
