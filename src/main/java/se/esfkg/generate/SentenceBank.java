package se.esfkg.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Sentences of the kind project pages are written in. Most are neutral; some carry the phrases the
 * classifier looks for (cooperation models, target groups), some carry the same phrases in a negated
 * or reported context that must not count, at rates meant to resemble the real bank.
 */
final class SentenceBank {

    private static final String[] NEUTRAL = {
        "Projektet ska stärka deltagarnas möjligheter att närma sig arbetsmarknaden.",
        "Insatserna planeras utifrån varje deltagares behov och förutsättningar.",
        "Under projekttiden följs arbetet upp av en extern utvärderare.",
        "Verksamheten bygger på erfarenheter från tidigare projekt i regionen.",
        "Metoderna dokumenteras så att de kan tas över av ordinarie verksamhet.",
        "Deltagarna erbjuds praktik, vägledning och kortare utbildningar.",
        "Projektet arbetar med jämställdhet och tillgänglighet i alla delar.",
        "En styrgrupp med representanter för huvudmännen leder arbetet.",
        "Resultaten sprids genom seminarier och en slutkonferens.",
        "Kompetensutvecklingen riktas till anställda med kort utbildning.",
    };
    private static final String[] COOPERATION = {
        "Deltagarna möts av en väg in där alla aktörer finns samlade.",
        "Ett tvärprofessionellt team med handläggare från flera myndigheter arbetar med varje deltagare.",
        "Parterna tar fram en gemensam handlingsplan för varje deltagare.",
        "Projektet bygger på mellankommunal samverkan mellan kommunerna i länet.",
        "Samordningsförbundet finansierar en del av insatserna.",
        "Projektet stödjer deltagare att starta sociala företag.",
        "Arbetet sker i nära samverkan med det lokala näringslivet.",
        "Frivilligorganisationer deltar som mentorer för deltagarna.",
    };
    private static final String[] TARGET = {
        "Målgruppen är unga vuxna 16–24 år som varken arbetar eller studerar.",
        "Projektet riktar sig till långtidsarbetslösa kvinnor och män.",
        "Målgruppen är personer med funktionsnedsättning som står långt från arbetsmarknaden.",
        "Projektet vänder sig till utrikes födda och nyanlända.",
        "Målgruppen är långtidssjukskrivna som vill återgå i arbete.",
        "Deltagarna uppbär försörjningsstöd.",
        "Projektet riktar sig till personer med psykisk ohälsa.",
    };
    private static final String[] NOT_ABOUT_THIS_PROJECT = {
        "Projektet har inte någon formaliserad samverkan med näringslivet.",
        "Enligt statistiken är andelen långtidsarbetslösa i länet 4 procent.",
        "Regionens mål är mellankommunal samverkan inom alla områden.",
        "Resultaten sprids till bland annat sociala företag och frivilligorganisationer.",
    };
    private static final String[] TRANSNATIONAL = {
        "Projektet samarbetar med partner i Finland kring metoder för unga.",
        "Ett transnationellt utbyte med en organisation i Nederländerna ingår.",
        "Studiebesök görs hos partner i Danmark och Italien.",
    };

    String paragraph(SplittableRandom rnd, int sentences, List<String> municipalities) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int kind = rnd.nextInt(100);
            if (kind < 12) {
                text.append(DraftMaker.pick(rnd, COOPERATION));
            } else if (kind < 24) {
                text.append(DraftMaker.pick(rnd, TARGET));
            } else if (kind < 28) {
                text.append(DraftMaker.pick(rnd, NOT_ABOUT_THIS_PROJECT));
            } else if (kind < 33 && !municipalities.isEmpty()) {
                text.append("Insatserna genomförs i ").append(DraftMaker.pick(rnd, municipalities)).append('.');
            } else {
                text.append(DraftMaker.pick(rnd, NEUTRAL));
            }
        }
        return text.toString();
    }

    String transnational(SplittableRandom rnd) {
        return rnd.nextInt(5) == 0 ? "Projektet har inget transnationellt samarbete."
                : DraftMaker.pick(rnd, TRANSNATIONAL);
    }
}
