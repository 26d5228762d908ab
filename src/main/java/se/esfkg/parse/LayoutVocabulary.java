package se.esfkg.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one layout prints: its field labels (in the order the site prints them), each naming a
 * {@link Field}. This is the one table per layout; the readers hold no label strings of their own.
 *
 * @param labels label as printed (without a colon) to the field it names, in the site's order
 */
public record LayoutVocabulary(Map<String, Field> labels) {

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
            "Region", Field.REGION);

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
            "E-post", Field.CONTACT_EMAIL);

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
        return new LayoutVocabulary(labels);
    }
}
