package se.esfkg.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.esfkg.text.Sentences;

class PhraseTests {

    private static List<String> found(String phrase, String text) {
        return Phrase.of(phrase).findIn(text).stream().map(Phrase.Match::matched).toList();
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(found("en väg in", "enligt principen en väg in och en plan")).containsExactly("en väg in");
        assertThat(found("en väg in", "en väg inte")).isEmpty();
        assertThat(found("en väg in", "sen väg in")).isEmpty();
    }

    @Test
    void doesNotMatchInsideAnotherWord() {
        assertThat(found("ungdom", "årets ungdomskommun")).isEmpty();
        assertThat(found("ungdomar*", "i socialungdomarna")).isEmpty();
        assertThat(found("Finsam", "finsamverkan")).isEmpty();
        assertThat(found("16-24", "116-245")).isEmpty();
    }

    @Test
    void ignoresCaseIncludingSwedishLetters() {
        assertThat(found("en väg in", "EN VÄG IN")).containsExactly("EN VÄG IN");
        assertThat(found("tvärproffessionell*", "TVÄRPROFFESSIONELLT TEAM")).containsExactly("TVÄRPROFFESSIONELLT");
        assertThat(found("Finsam", "inom FINSAM")).containsExactly("FINSAM");
    }

    @Test
    void starTakesAnyInflectionOrCompoundEnding() {
        assertThat(found("tvärprofessionell*", "ett tvärprofessionellt team, de tvärprofessionella, tvärprofessionell"))
                .containsExactly("tvärprofessionellt", "tvärprofessionella", "tvärprofessionell");
        assertThat(found("försörjningsstöd*", "försörjningsstödstagaren"))
                .containsExactly("försörjningsstödstagaren");
        assertThat(found("samordningsförbund*", "samordningsförbundet Finsam")).containsExactly("samordningsförbundet");
    }

    @Test
    void withoutStarNoEndingIsAllowed() {
        assertThat(found("långtidsarbetslösa", "risk för långtidsarbetslöshet")).isEmpty();
        assertThat(found("samlokalisering", "samlokaliseringen")).isEmpty();
    }

    @Test
    void wordsMaySitApartByAnySpaceButNotAcrossALineBreak() {
        assertThat(found("gemensam handlingsplan", "en gemensam  handlingsplan")).containsExactly("gemensam  handlingsplan");
        assertThat(found("gemensam handlingsplan", "en gemensam\u00A0handlingsplan")).hasSize(1);
        assertThat(found("en väg in", "EN VÄG\nIN")).isEmpty();
    }

    @Test
    void punctuationAndDashesAreWordBoundaries() {
        assertThat(found("teamwork", "arbetssättet ”Teamwork” blir")).containsExactly("Teamwork");
        assertThat(found("en-ingångslösning", "nära en en-ingångslösning som")).containsExactly("en-ingångslösning");
        assertThat(found("16-24", "i åldern 16-24 år")).containsExactly("16-24");
        assertThat(found("finsk*", "vår finska vänort")).containsExactly("finska");
    }

    @Test
    void phrasesAndTextAreComparedInNfc() {
        String decomposed = Normalizer.normalize("samlokalisering av förvaltningar", Normalizer.Form.NFD);
        Phrase p = Phrase.of(Normalizer.normalize("förvaltningar", Normalizer.Form.NFD));
        assertThat(p.text()).isEqualTo("förvaltningar");
        assertThat(p.findIn(Normalizer.normalize(decomposed, Normalizer.Form.NFC))).hasSize(1);
    }

    @Test
    void emptyPhraseIsRefused() {
        assertThatThrownBy(() -> Phrase.of("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Phrase.of("*")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlappingPhrasesKeepTheLongerMatchOnce() {
        List<Phrase.Match> m = CooperationClassifier.matches(
                List.of(Phrase.of("inte aktuellt*"), Phrase.of("inte aktuellt i detta projekt")),
                "Inte aktuellt i detta projekt.");
        assertThat(m).extracting(Phrase.Match::matched).containsExactly("Inte aktuellt i detta projekt");
    }

    @Test
    void sentencesEndAtLineBreaksAndFullStopsButNotAtAbbreviations() {
        String text = "Vi samverkar bl.a. med AF. Teamet arbetar t.ex. med vägledning!\nEN VÄG IN\nSlut";
        assertThat(Sentences.of(text)).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Vi samverkar bl.a. med AF.", "Teamet arbetar t.ex. med vägledning!",
                        "EN VÄG IN", "Slut");
    }

    /**
     * The search around the anchor is only a shortcut: over random text with line breaks, punctuation,
     * hyphens, Swedish letters and the characters whose case folds elsewhere (ſ, ı, İ, the Kelvin and
     * Ångström signs), it finds exactly what the whole text's search behind the anchor check finds.
     */
    @Test
    void searchingOnlyAroundTheAnchorFindsWhatTheWholeTextSearchFinds() {
        List<Phrase> phrases = List.of("en väg in", "tvärprofessionell*", "*förening*", "år #", "16-24 år", "Finsam",
                "samverkan", "kis", "ös", "t.ex. samverkan", "50 %", "(ESF)").stream().map(Phrase::of).toList();
        String[] pieces = {"en", "väg", "in", "EN VÄG", "tvärprofessionella", "TVÄR", "professionell", "Hyresgäst",
                "föreningen", "FÖRENING", "år", "16", "24", "finsam", "FINSAM", "samverkan", "kis", "ös", "ÖS", "ſamverkan",
                "Fınsam", "FİNSAM", "\u212Ais", "\u212Bs", "x", "1", "t.ex.", "T.EX", "50", "ESF", "esf"};
        String[] gaps = {" ", "  ", "-", " - ", "\n", "\n\n", ", ", "", "\t", ". ", "!", "(", ")", ": ", "%", "\u00a0"};
        java.util.Random random = new java.util.Random(20261207);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(10);
            for (int w = 0; w < words; w++) {
                text.append(pieces[random.nextInt(pieces.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String t = Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
            Phrase.Text prepared = Phrase.Text.of(t);
            for (Phrase p : phrases) {
                assertThat(p.findIn(prepared)).as("%s in %s", p, t)
                        .isEqualTo(p.findIn(t, t.toLowerCase(java.util.Locale.ROOT)));
            }
        }
    }

    @Test
    void aTextWithCharactersThatFoldElsewhereIsSearchedWhole() {
        assertThat(Phrase.Text.of("Samverkan\nmed Finsam").anchorsAligned()).isTrue();
        assertThat(Phrase.Text.of("ſamverkan").anchorsAligned()).isFalse();
        assertThat(Phrase.Text.of("Fınsam").anchorsAligned()).isFalse();
        assertThat(Phrase.Text.of("FİNSAM").anchorsAligned()).isFalse();
        assertThat(Phrase.of("samverkan").findIn(Phrase.Text.of("samverkan\nmed ſamverkan")))
                .extracting(Phrase.Match::matched).containsExactly("samverkan", "ſamverkan");
    }
}
