package se.esfkg.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one layout prints: its field labels (in the order the site prints them), each naming a
 * {@link Field}, and the section headings it uses. This is the one table per layout; the readers hold
 * no label or heading strings of their own, and a heading is recognised from this list (in any case,
 * with or without a colon), never from the shape of a line alone.
 *
 * @param labels   label as printed (without a colon) to the field it names, in the site's order
 * @param headings section heading as printed to the kind of section it opens
 */
public record LayoutVocabulary(Map<String, Field> labels, Map<String, SectionKind> headings) {

    /** The headings of the text sections, shared by the layouts that print headed sections. */
    private static final Map<String, SectionKind> SECTION_HEADINGS = sectionHeadings();

    /** 2007–2013 pages: the value is glued to its label. */
    public static final LayoutVocabulary A = of(
            "Programområde", Field.PROGRAMME_AREA,
            "Projektfas", Field.PHASE,
            "Projektägare", Field.OWNER,
            "Kontaktperson", Field.CONTACT_NAME,
            "E-post", Field.CONTACT_EMAIL,
            "Telefonnummer", Field.CONTACT_PHONE,
            "Beviljat ESF-stöd", Field.ESF_GRANT,
            "Total projektbudget", Field.TOTAL_BUDGET,
            "Projektperiod", Field.PERIOD,
            "Region", Field.REGION).withHeadings(SECTION_HEADINGS);

    /** 2014–2020 pages of the older site: each label alone on its line, the value below. */
    public static final LayoutVocabulary B = of(
            "Programområde", Field.PROGRAMME_AREA,
            "Region", Field.REGION,
            "Utlysning", Field.CALL,
            "Projektägare", Field.OWNER,
            "Projektnummer", Field.PROJECT_NUMBER,
            "Planerat antal deltagare", Field.PLANNED_PARTICIPANTS,
            "Projektperiod", Field.PERIOD,
            "Total projektbudget", Field.TOTAL_BUDGET,
            "Beviljat ESF-stöd", Field.ESF_GRANT,
            "Kontaktperson", Field.CONTACT_NAME,
            "E-post", Field.CONTACT_EMAIL).withHeadings(SECTION_HEADINGS);

    /** The current site: {@code Label:} lines; it mixes in an English label and two spellings of one. */
    public static final LayoutVocabulary C = of(
            "Diarienummer", Field.CASE_NUMBER,
            "Namn", Field.NAME,
            "Name", Field.NAME,
            "Projektnummer", Field.PROJECT_NUMBER,
            "Utlysning", Field.CALL,
            "Projektägare", Field.OWNER,
            "Region", Field.REGION,
            "Planerat antal deltagare", Field.PLANNED_PARTICIPANTS,
            "Projektperiod", Field.PERIOD,
            "Total projektbudget", Field.TOTAL_BUDGET,
            "Beviljat ESF-stöd", Field.ESF_GRANT,
            "Kontaktperson", Field.CONTACT_NAME,
            "E-post", Field.CONTACT_EMAIL,
            "Telefonnummer", Field.CONTACT_PHONE,
            "Stödmottagare postnr", Field.OWNER_POSTCODE,
            "Stödmottagarens address", Field.OWNER_ADDRESS,
            "Stödmottagarens adress", Field.OWNER_ADDRESS,
            "Programområde", Field.PROGRAMME_AREA,
            "Specifikt mål", Field.SPECIFIC_OBJECTIVE,
            "Unionens medfinansieringsgrad", Field.COFINANCING_RATE,
            "Interventionstyp", Field.INTERVENTION_TYPE);

    public LayoutVocabulary {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        Map<String, SectionKind> keyed = new LinkedHashMap<>();
        headings.forEach((h, k) -> keyed.put(headingKey(h), k));
        headings = Collections.unmodifiableMap(keyed);
    }

    /** This layout's labels with {@code sectionHeadings} as its headings. */
    public LayoutVocabulary withHeadings(Map<String, SectionKind> sectionHeadings) {
        return new LayoutVocabulary(labels, sectionHeadings);
    }

    /**
     * The kind of section {@code line} opens when it is one of this layout's headings, read in any
     * case and with or without a trailing colon ({@code SAMMANFATTNING}, {@code Bakgrund:}).
     */
    public Optional<SectionKind> heading(String line) {
        return Optional.ofNullable(headings.get(headingKey(line)));
    }

    /** How a heading is compared: without surrounding space or a trailing colon, in lower case. */
    public static String headingKey(String line) {
        String h = line.strip();
        if (h.endsWith(":")) {
            h = h.substring(0, h.length() - 1).strip();
        }
        return h.toLowerCase(Locale.ROOT);
    }

    /** The field {@code label} names in this layout, as printed (no colon, no surrounding space). */
    public Optional<Field> field(String label) {
        return Optional.ofNullable(labels.get(label));
    }

    public boolean isLabel(String label) {
        return labels.containsKey(label);
    }

    /** The labels in the site's order. */
    public Set<String> labelSet() {
        return labels.keySet();
    }

    private static LayoutVocabulary of(Object... labelThenField) {
        Map<String, Field> labels = new LinkedHashMap<>();
        for (int k = 0; k < labelThenField.length; k += 2) {
            labels.put((String) labelThenField[k], (Field) labelThenField[k + 1]);
        }
        return new LayoutVocabulary(labels, Map.of());
    }

    private static Map<String, SectionKind> sectionHeadings() {
        Map<String, SectionKind> headings = new LinkedHashMap<>();
        for (SectionKind k : SectionKind.values()) {
            if (!k.swedishHeading().isEmpty()) {
                headings.put(k.swedishHeading(), k);
            }
        }
        return headings;
    }
}
