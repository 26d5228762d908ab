package se.esfkg.web.resource;

/**
 * Why a classification (or a partner country, or "no transnational work") was made, for a page: the
 * sentence split around the matched phrase so the template can highlight it without building HTML.
 *
 * @param concept what was concluded (a concept or country), linked
 * @param before the sentence up to the phrase
 * @param phrase the phrase as it stands in the text (empty when it was not found in the sentence)
 * @param after the rest of the sentence
 * @param lang the sentence's language tag, or null
 * @param section the section it was read in, linked (null for evidence from a list)
 * @param evidence the evidence resource itself, linked
 */
public record EvidenceItem(ResourcePage.Link concept, String before, String phrase, String after, String lang,
        ResourcePage.Link section, ResourcePage.Link evidence) {

    /** Splits {@code quote} at the first occurrence of {@code phrase}, ignoring case. */
    static String[] split(String quote, String phrase) {
        if (phrase == null || phrase.isEmpty()) {
            return new String[] {quote, "", ""};
        }
        int at = quote.toLowerCase(java.util.Locale.ROOT).indexOf(phrase.toLowerCase(java.util.Locale.ROOT));
        if (at < 0 || quote.length() != quote.toLowerCase(java.util.Locale.ROOT).length()) {
            return new String[] {quote, "", ""};
        }
        return new String[] {quote.substring(0, at), quote.substring(at, at + phrase.length()),
            quote.substring(at + phrase.length())};
    }
}
