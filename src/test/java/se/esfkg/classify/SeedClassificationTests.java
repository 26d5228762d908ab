package se.esfkg.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.esfkg.parse.SectionKind.ACCESSIBILITY;
import static se.esfkg.parse.SectionKind.BACKGROUND;
import static se.esfkg.parse.SectionKind.OBJECTIVES;
import static se.esfkg.parse.SectionKind.PURPOSE;
import static se.esfkg.parse.SectionKind.SUMMARY;
import static se.esfkg.parse.SectionKind.TRANSNATIONAL;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import se.esfkg.testing.Knowledge;

/**
 * The five seeds as the oracle: every classification below was read off the page by hand before
 * it was asserted (the expected phrase, the section it stands in, and why).
 */
class SeedClassificationTests {

    /** The seed text in NFC, for checking that quotes are verbatim. */
    private static final class SourceText {
        static String of(String seed) {
            return se.esfkg.source.SourceReader.read(java.nio.file.Path.of("seeds", seed)).text();
        }
    }

    private static final CooperationClassifier CLASSIFIER = new CooperationClassifier(ConceptData.from(Knowledge.SHIPPED));

    private static ClassificationResult classify(String seed) {
        return CLASSIFIER.classify(SeedFixtures.resolved(seed));
    }

    private static String cm(String id) {
        return ConceptData.COOPERATION_MODEL_SCHEME + "/" + id;
    }

    private static String tg(String id) {
        return ConceptData.TARGET_GROUP_SCHEME + "/" + id;
    }

    private static List<Evidence> evidence(List<Classification> cs, String iri) {
        return cs.stream().filter(c -> c.conceptIri().equals(iri)).findFirst()
                .orElseThrow(() -> new AssertionError("not assigned: " + iri)).evidence();
    }

    /** (section, phrase as in the text, rule) of every evidence item. */
    private static void assertEvidence(List<Classification> cs, String iri, Tuple... expected) {
        assertThat(evidence(cs, iri)).as(iri)
                .extracting(Evidence::section, Evidence::matchedPhrase, Evidence::rule)
                .containsExactly(expected);
    }

    @Test
    void seed000ResursCentrum() {
        ClassificationResult r = classify(SeedFixtures.SEED_000);

        assertThat(r.cooperationModels()).extracting(Classification::conceptIri)
                .containsExactly(cm("cross-professional-team"), cm("one-way-in"));
        assertEvidence(r.cooperationModels(), cm("one-way-in"),
                tuple(BACKGROUND, "samorganiserad verksamhet", "phrase:samorganiserad verksamhet"),
                tuple(BACKGROUND, "en-ingångslösning", "phrase:en-ingångslösning"),
                tuple(OBJECTIVES, "samorganiserad verksamhet", "phrase:samorganiserad verksamhet"));
        assertEvidence(r.cooperationModels(), cm("cross-professional-team"),
                tuple(SUMMARY, "tvärprofessionella", "phrase:tvärprofessionell*"));
        assertThat(evidence(r.cooperationModels(), cm("cross-professional-team")).get(0).quote())
                .endsWith("ta in det tvärprofessionella arbetssättet i team in i socialförvaltningens handläggning av försörjningsstöd");

        // "Projektets målgrupper har varit alla i Socialfondens programområde 2 dvs funktionsnedsatta,
        // långtidsarbetslösa, långtidssjukskrivna, unga utanför egen försörjning samt människor med
        // invandrarbakgrund."
        assertThat(r.targetGroups()).extracting(Classification::conceptIri).containsExactly(
                tg("foreign-born"), tg("long-term-sick"), tg("long-term-unemployed"),
                tg("people-with-disabilities"), tg("social-assistance-recipients"), tg("young-people"));
        assertEvidence(r.targetGroups(), tg("foreign-born"),
                tuple(BACKGROUND, "invandrarbakgrund", "phrase:invandrar*"),
                tuple(BACKGROUND, "utrikes födda", "phrase:utrikes födda"),
                tuple(BACKGROUND, "annan etnicitet", "phrase:annan etnicitet"),
                tuple(OBJECTIVES, "utländsk bakgrund", "phrase:utländsk bakgrund"));
        assertEvidence(r.targetGroups(), tg("long-term-sick"),
                tuple(BACKGROUND, "långtidssjukskrivna", "phrase:långtidssjukskriv*"),
                tuple(OBJECTIVES, "långtidssjukskrivna", "phrase:långtidssjukskriv*"));
        assertEvidence(r.targetGroups(), tg("long-term-unemployed"),
                tuple(BACKGROUND, "långtidsarbetslösa", "phrase:långtidsarbetslösa"));
        // Only Bakgrund: the accessibility section's "människor med funktionsnedsättning" and
        // "deltagare med många olika funktionsnedsättningar" have no target-group cue.
        assertEvidence(r.targetGroups(), tg("people-with-disabilities"),
                tuple(BACKGROUND, "funktionsnedsatta", "phrase:funktionsnedsatta"),
                tuple(BACKGROUND, "funktionshinder", "phrase:funktionshind*"));
        assertEvidence(r.targetGroups(), tg("social-assistance-recipients"),
                tuple(SUMMARY, "försörjningsstöd", "phrase:försörjningsstöd*"),
                tuple(BACKGROUND, "försörjningsstöd", "phrase:försörjningsstöd*"));
        assertEvidence(r.targetGroups(), tg("young-people"),
                tuple(BACKGROUND, "unga utanför", "phrase:unga utanför"),
                tuple(OBJECTIVES, "ungas etablering", "phrase:ungas etablering"));

        // No Transnationellt samarbete section at all: neither countries nor a "does not apply".
        assertThat(r.partnerCountries()).isEmpty();
        assertThat(r.noTransnationalCooperation()).isEmpty();
    }

    @Test
    void seed001TeamWork() {
        ClassificationResult r = classify(SeedFixtures.SEED_001);

        assertThat(r.cooperationModels()).extracting(Classification::conceptIri).containsExactly(
                cm("business-partnership"), cm("cross-professional-team"), cm("joint-action-plan"),
                cm("transnational-exchange"));
        assertEvidence(r.cooperationModels(), cm("cross-professional-team"),
                tuple(SUMMARY, "teamarbetet", "phrase:teamarbete*"),
                tuple(SUMMARY, "Teamarbete", "phrase:teamarbete*"),
                tuple(BACKGROUND, "Teamwork", "phrase:teamwork"));
        assertEvidence(r.cooperationModels(), cm("joint-action-plan"),
                tuple(SUMMARY, "gemensam handlingsplan", "phrase:gemensam handlingsplan"));
        // "externa aktörer så som Försäkringskassan, Arbetsförmedlingen samt företag i närområdena"
        assertEvidence(r.cooperationModels(), cm("business-partnership"),
                tuple(OBJECTIVES, "företag i närområdena", "phrase:företag i närområde*"));
        assertEvidence(r.cooperationModels(), cm("transnational-exchange"),
                tuple(TRANSNATIONAL, "Transnationellt samarbete", "section:transnational-cooperation"),
                tuple(BACKGROUND, "transnationella", "phrase:transnationell*"),
                tuple(BACKGROUND, "transnationell", "phrase:transnationell*"),
                tuple(TRANSNATIONAL, "transnationell", "phrase:transnationell*"),
                tuple(TRANSNATIONAL, "transnationella", "phrase:transnationell*"),
                tuple(BACKGROUND, "Finland", "country-partner:Finland*"));
        // "Den utvecklade modellen kommer att spridas nationellt och internationellt via det
        // transnationella utbytet i projektet." is about dissemination: it does not count.

        // Sölvesborg's priority list names "i första hand ungdomar" (a borderline hit, kept: the
        // phrase does name the group); disability only in the accessibility boilerplate, no cue.
        assertThat(r.targetGroups()).extracting(Classification::conceptIri)
                .containsExactly(tg("social-assistance-recipients"), tg("young-people"));
        assertThat(evidence(r.targetGroups(), tg("social-assistance-recipients")))
                .extracting(Evidence::matchedPhrase).containsOnly("ekonomiskt bistånd", "försörjningsstöd")
                .hasSize(8);
        // Left out: "…då kostnaderna för ekonomiskt bistånd ökade…" (a statistic) and "Kommunen har
        // beslutat att…" (the municipality as subject, no word of the project in the sentence).
        assertEvidence(r.targetGroups(), tg("young-people"), tuple(BACKGROUND, "ungdomar", "phrase:ungdom*"));

        // Finland is named in Bakgrund, in a sentence about the transnational exchange; the
        // transnational section itself names only the partner project (Kaksineuvoinen).
        assertThat(r.partnerCountries()).singleElement().satisfies(p -> {
            assertThat(p.euCountryCode()).isEqualTo("FIN");
            assertThat(p.evidence().section()).isEqualTo(BACKGROUND);
            assertThat(p.evidence().matchedPhrase()).isEqualTo("Finland");
            assertThat(p.evidence().quote()).startsWith("Det transnationella utbytet med ett projekt i Finland");
            assertThat(p.evidence().location().field()).isEqualTo("Bakgrund");
        });
        assertThat(r.noTransnationalCooperation()).isEmpty();
    }

    @Test
    void seed002VaraLyftet() {
        ClassificationResult r = classify(SeedFixtures.SEED_002);

        assertThat(r.cooperationModels()).extracting(Classification::conceptIri).containsExactly(
                cm("business-partnership"), cm("civil-society-partnership"), cm("cross-professional-team"),
                cm("joint-action-plan"), cm("one-way-in"), cm("social-enterprise"), cm("transnational-exchange"));
        assertEvidence(r.cooperationModels(), cm("one-way-in"),
                tuple(BACKGROUND, "EN VÄG IN", "phrase:en väg in"),
                tuple(BACKGROUND, "samlokalisering", "phrase:samlokaliser*"),
                tuple(BACKGROUND, "en väg in", "phrase:en väg in"),
                tuple(ACCESSIBILITY, "samlokalisering", "phrase:samlokaliser*"));
        assertEvidence(r.cooperationModels(), cm("cross-professional-team"),
                tuple(BACKGROUND, "TVÄRPROFFESSIONELLT", "phrase:tvärproffessionell*"),
                tuple(BACKGROUND, "tvärfacklig", "phrase:tvärfacklig*"),
                tuple(OBJECTIVES, "tvärprofessionellt", "phrase:tvärprofessionell*"));
        assertEvidence(r.cooperationModels(), cm("joint-action-plan"), tuple(BACKGROUND,
                "myndighetsövergripande handlingsplan", "phrase:myndighetsövergripande handlingsplan*"));
        assertThat(evidence(r.cooperationModels(), cm("joint-action-plan")).get(0).quote()).isEqualTo(
                "Verksamheten kommer att samordnas enligt principen en väg in och en myndighetsövergripande handlingsplan.");
        assertEvidence(r.cooperationModels(), cm("social-enterprise"),
                tuple(BACKGROUND, "socialt företagande", "phrase:socialt företagande"),
                tuple(PURPOSE, "socialt företagande", "phrase:socialt företagande"));
        // "AME har idags läget inte någon formaliserad samverkan med det lokala näringslivet,
        // frivilliga organisationer …" says there is none yet: negated.
        assertEvidence(r.cooperationModels(), cm("business-partnership"),
                tuple(OBJECTIVES, "näringslivet", "phrase:näringsliv*"),
                tuple(OBJECTIVES, "näringslivet", "phrase:näringsliv*"));
        assertThat(evidence(r.cooperationModels(), cm("civil-society-partnership")))
                .extracting(Evidence::matchedPhrase)
                .containsOnly("frivilliga organisationer", "folkbildningen").hasSize(6);
        assertEvidence(r.cooperationModels(), cm("transnational-exchange"),
                tuple(TRANSNATIONAL, "Transnationellt samarbete", "section:transnational-cooperation"));

        assertThat(r.targetGroups()).extracting(Classification::conceptIri).containsExactly(
                tg("people-with-disabilities"), tg("social-assistance-recipients"), tg("young-people"));
        // The accessibility section here does say who the project is for: "Personer med
        // funktionshinder utgör en kategori av målgruppen unga i åldern 16-24 som projektet riktar sig emot."
        assertEvidence(r.targetGroups(), tg("people-with-disabilities"),
                tuple(ACCESSIBILITY, "funktionshinder", "phrase:funktionshind* cue:målgrupp*"),
                tuple(ACCESSIBILITY, "funktionshinder", "phrase:funktionshind* cue:målgrupp*"));
        assertThat(evidence(r.targetGroups(), tg("social-assistance-recipients")))
                .extracting(Evidence::section, Evidence::matchedPhrase).containsExactly(
                        tuple(BACKGROUND, "försörjningsstöd"),
                        tuple(BACKGROUND, "försörjningsstöd"), tuple(BACKGROUND, "försörjningsstödstagaren"));
        // "35 % (43 personer) av antalet försörjningsstödstagare i Vara kommun är under 24 år." is a
        // statistic about the municipality: it does not count.
        List<Evidence> young = evidence(r.targetGroups(), tg("young-people"));
        assertThat(young.get(0)).extracting(Evidence::section, Evidence::matchedPhrase, Evidence::rule)
                .containsExactly(SUMMARY, "unga arbetslösa", "phrase:unga arbetslösa");
        assertThat(young).extracting(Evidence::section, Evidence::matchedPhrase).contains(
                tuple(SUMMARY, "16-24"), tuple(BACKGROUND, "unga vuxna"), tuple(BACKGROUND, "ungdomar"),
                tuple(PURPOSE, "ungdomarna"), tuple(ACCESSIBILITY, "16-24"));
        // The figures in Bakgrund ("andelen arbetslösa unga män och kvinnor 18-24 år till 4,8 %",
        // "42 personer i åldern 16-24 år som erhöll aktivitetsersättning") are statistics: left out.
        assertThat(young).hasSize(20);

        // "…utifrån tidigare samarbete med vår finska vänort Mäntsälä…"
        assertThat(r.partnerCountries()).singleElement().satisfies(p -> {
            assertThat(p.euCountryCode()).isEqualTo("FIN");
            assertThat(p.evidence().section()).isEqualTo(TRANSNATIONAL);
            assertThat(p.evidence().matchedPhrase()).isEqualTo("finska");
        });
        assertThat(r.noTransnationalCooperation()).isEmpty();
    }

    @Test
    void seed003SamverkanUtanGranser() {
        ClassificationResult r = classify(SeedFixtures.SEED_003);

        // Not one-way-in: "Holland arbetar utifrån modellen ”en väg in”" describes Holland's model,
        // and a transnational sentence that names a country does not classify the project.
        assertThat(r.cooperationModels()).extracting(Classification::conceptIri).containsExactly(
                cm("business-partnership"), cm("inter-municipal"), cm("social-enterprise"),
                cm("transnational-exchange"));
        assertEvidence(r.cooperationModels(), cm("inter-municipal"),
                tuple(BACKGROUND, "båda kommunerna", "phrase:båda kommunerna"),
                tuple(null, "Hässleholm", "municipalities>=2"),
                tuple(null, "Kristianstad", "municipalities>=2"));
        Evidence kristianstad = evidence(r.cooperationModels(), cm("inter-municipal")).get(2);
        assertThat(kristianstad.quote()).isEqualTo("Kommun: Hässleholm, Kristianstad");
        assertThat(kristianstad.location().line()).isEqualTo(72);
        // The Italy sentence is left out; the project's own judgement in the next sentences counts.
        assertEvidence(r.cooperationModels(), cm("social-enterprise"),
                tuple(TRANSNATIONAL, "socialt företagande", "phrase:socialt företagande"),
                tuple(TRANSNATIONAL, "Socialt företagande", "phrase:socialt företagande"));
        assertThat(evidence(r.cooperationModels(), cm("social-enterprise")).get(0).quote())
                .startsWith("Vi bedömer att socialt företagande kommer att vara en viktig komponent");
        assertEvidence(r.cooperationModels(), cm("business-partnership"),
                tuple(SUMMARY, "privata aktörer", "phrase:privata aktörer"));
        assertEvidence(r.cooperationModels(), cm("transnational-exchange"),
                tuple(TRANSNATIONAL, "Transnationellt samarbete", "section:transnational-cooperation"),
                tuple(TRANSNATIONAL, "transnationella", "phrase:transnationell*"),
                tuple(TRANSNATIONAL, "kunskapsutbyte med andra länder", "phrase:kunskapsutbyte med andra länder"),
                tuple(TRANSNATIONAL, "transnationella", "phrase:transnationell*"),
                tuple(TRANSNATIONAL, "transnationella", "phrase:transnationell*"));

        // "…målgruppen långtidsarbetslösa som på grund av psykisk ohälsa … samt långtidsarbetslösa invandrare."
        // The accessibility section speaks of "personer med funktionshinder" only as boilerplate.
        assertThat(r.targetGroups()).extracting(Classification::conceptIri).containsExactly(
                tg("foreign-born"), tg("long-term-unemployed"), tg("mental-ill-health"));
        assertThat(evidence(r.targetGroups(), tg("long-term-unemployed")))
                .extracting(Evidence::section, Evidence::matchedPhrase)
                .startsWith(tuple(SUMMARY, "långtidsarbetslösa")).hasSize(6);
        assertThat(evidence(r.targetGroups(), tg("mental-ill-health")))
                .extracting(Evidence::section, Evidence::matchedPhrase).containsExactly(
                        tuple(SUMMARY, "psykisk ohälsa"), tuple(BACKGROUND, "psykisk ohälsa"),
                        tuple(BACKGROUND, "psykisk ohälsa"), tuple(TRANSNATIONAL, "psykisk ohälsa"));
        assertThat(evidence(r.targetGroups(), tg("foreign-born")))
                .extracting(Evidence::section, Evidence::matchedPhrase).containsExactly(
                        tuple(SUMMARY, "invandrare"), tuple(BACKGROUND, "invandrare"), tuple(BACKGROUND, "invandrare"),
                        tuple(TRANSNATIONAL, "invandrare"));
        // "De har sedan tidigare lyckats väldigt bra med att integrera invandrargruppen i samhället"
        // is Denmark's work, not the project's: another actor's work does not classify.

        assertThat(r.partnerCountries())
                .extracting(PartnerCountry::euCountryCode, p -> p.evidence().matchedPhrase(), p -> p.evidence().section())
                .containsExactly(tuple("NLD", "Holland", TRANSNATIONAL), tuple("DNK", "Danmark", TRANSNATIONAL),
                        tuple("ITA", "Italien", TRANSNATIONAL));
        assertThat(r.partnerCountries().get(0).evidence().quote())
                .isEqualTo("- Holland är ett intressant land för kunskapsutbyte utifrån projektets ambition att "
                        + "arbeta med organisationsöverskridande samverkan.");
        assertThat(r.noTransnationalCooperation()).isEmpty();
    }

    @Test
    void seed004Visioncenter() {
        ClassificationResult r = classify(SeedFixtures.SEED_004);

        // One municipality in the Kommun list, but the text speaks for Mjölby, Boxholm and Ödeshög.
        assertThat(r.cooperationModels()).extracting(Classification::conceptIri).containsExactly(
                cm("business-partnership"), cm("civil-society-partnership"), cm("coordination-association"),
                cm("inter-municipal"));
        assertEvidence(r.cooperationModels(), cm("coordination-association"),
                tuple(BACKGROUND, "samordningsförbund", "phrase:samordningsförbund*"),
                tuple(BACKGROUND, "samordningsförbundet", "phrase:samordningsförbund*"),
                tuple(BACKGROUND, "Finsam", "phrase:Finsam*"));
        assertEvidence(r.cooperationModels(), cm("inter-municipal"),
                tuple(BACKGROUND, "mellan kommunerna", "phrase:mellan kommunerna"),
                tuple(PURPOSE, "våra tre kommuner", "phrase:våra tre kommuner"));
        // "…gruppen har sin dagliga verksamhet hos privat arbetsgivare, en förening eller offentlig förvaltning."
        // "företag" also counts: "…de företag som tog emot praktikanter…" (what a Finsam sub-project
        // found, which no cue tells from the project's own work) and "externa kontakter såsom
        // Försäkringskassan, Företag och referenskommuner" in the gender-equality section.
        assertEvidence(r.cooperationModels(), cm("business-partnership"),
                tuple(BACKGROUND, "företag", "phrase:företag"),
                tuple(BACKGROUND, "privat arbetsgivare", "phrase:privat arbetsgivare"),
                tuple(se.esfkg.parse.SectionKind.GENDER_EQUALITY, "Företag", "phrase:företag"));
        assertEvidence(r.cooperationModels(), cm("civil-society-partnership"),
                tuple(BACKGROUND, "förening", "phrase:*förening*"));

        // The pre-study takes in "alla de fyra mål/målgrupper som omfattas i programområdet", plus
        // refugees and people in daily activity (LSS) in its three parts.
        assertThat(r.targetGroups()).extracting(Classification::conceptIri).containsExactly(
                tg("foreign-born"), tg("long-term-sick"), tg("people-with-disabilities"),
                tg("social-assistance-recipients"), tg("young-people"));
        assertThat(evidence(r.targetGroups(), tg("foreign-born")).get(0))
                .extracting(Evidence::section, Evidence::matchedPhrase).containsExactly(SUMMARY, "flyktingars");
        assertThat(evidence(r.targetGroups(), tg("foreign-born"))).extracting(Evidence::matchedPhrase)
                .contains("flyktingar", "utländsk bakgrund");
        assertEvidence(r.targetGroups(), tg("long-term-sick"),
                tuple(BACKGROUND, "långtidssjukskrivna", "phrase:långtidssjukskriv*"));
        assertThat(evidence(r.targetGroups(), tg("people-with-disabilities")).get(0))
                .extracting(Evidence::section, Evidence::matchedPhrase, Evidence::quote)
                .containsExactly(SUMMARY, "daglig verksamhet", "- Personer i daglig verksamhet skall komma närmare en anställning");
        assertThat(evidence(r.targetGroups(), tg("people-with-disabilities")))
                .extracting(Evidence::section).doesNotContain(ACCESSIBILITY);
        // "…antalet ärenden som gäller ekonomiskt bistånd har ökat…" and "…antalet ärenden som rör
        // ungdomar under 25 år har ökat…" are statistics about the municipalities: they do not count.
        assertEvidence(r.targetGroups(), tg("social-assistance-recipients"),
                tuple(BACKGROUND, "ekonomiskt bistånd", "phrase:ekonomiskt bistånd"));
        assertThat(evidence(r.targetGroups(), tg("social-assistance-recipients")).get(0).quote())
                .startsWith("För att motverka detta har kommunerna");
        assertEvidence(r.targetGroups(), tg("young-people"),
                tuple(BACKGROUND, "ungas etablering", "phrase:ungas etablering"));

        // "Transnationellt samarbete / Inte aktuellt i detta projekt."
        assertThat(r.partnerCountries()).isEmpty();
        assertThat(r.noTransnationalCooperation()).hasValueSatisfying(e -> {
            assertThat(e.section()).isEqualTo(TRANSNATIONAL);
            assertThat(e.matchedPhrase()).isEqualTo("Inte aktuellt i detta projekt");
            assertThat(e.quote()).isEqualTo("Inte aktuellt i detta projekt.");
            assertThat(e.rule()).isEqualTo("not-applicable:inte aktuellt i detta projekt");
            assertThat(e.location().field()).isEqualTo("Transnationellt samarbete");
        });
    }

    @Test
    void everyEvidenceQuoteHoldsItsPhraseAndNamesItsFile() {
        for (String seed : List.of(SeedFixtures.SEED_000, SeedFixtures.SEED_001, SeedFixtures.SEED_002,
                SeedFixtures.SEED_003, SeedFixtures.SEED_004)) {
            ClassificationResult r = classify(seed);
            List<Evidence> all = new java.util.ArrayList<>();
            r.cooperationModels().forEach(c -> all.addAll(c.evidence()));
            r.targetGroups().forEach(c -> all.addAll(c.evidence()));
            r.partnerCountries().forEach(p -> all.add(p.evidence()));
            r.noTransnationalCooperation().ifPresent(all::add);
            assertThat(all).allSatisfy(e -> {
                if (e.rule().equals(CooperationClassifier.RULE_TRANSNATIONAL_SECTION)) {
                    assertThat(e.location().field()).isEqualTo(e.matchedPhrase());
                } else if (e.rule().equals(CooperationClassifier.RULE_MUNICIPALITIES)) {
                    assertThat(e.quote()).contains(e.matchedPhrase());
                } else {
                    // A quote is the sentence exactly as it stands, so it holds the phrase verbatim.
                    assertThat(e.quote()).contains(e.matchedPhrase());
                    assertThat(SourceText.of(seed)).contains(e.quote());
                }
                assertThat(e.location().file()).isEqualTo(seed);
                assertThat(e.location().line()).isPositive();
            });
        }
    }
}
