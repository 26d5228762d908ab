package se.esfkg.output.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures at the top of the report: how many pages, how many struggled, and with what. */
public record QualityTotals(int records, int converted, int rejected, int warnings, int recordsWithWarnings,
        int unresolvedOrganisations, int unknownHeadings, int classifications, int weakClassifications,
        Map<String, Integer> missingByField) {

    /** Below this a classification counts as weak: the operator's first candidates to read again. */
    public static final double WEAK_CONFIDENCE = 0.7;

    public QualityTotals {
        missingByField = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(missingByField));
    }

    static QualityTotals of(List<PageQuality> pages, List<String> fields) {
        Map<String, Integer> missing = new LinkedHashMap<>();
        fields.forEach(f -> missing.put(f, 0));
        int converted = 0;
        int warnings = 0;
        int withWarnings = 0;
        int unresolved = 0;
        int headings = 0;
        int classifications = 0;
        int weak = 0;
        for (PageQuality p : pages) {
            if (p.converted()) {
                converted++;
                p.missing().forEach(f -> missing.merge(f, 1, Integer::sum));
            }
            warnings += p.warnings().size();
            withWarnings += p.warnings().isEmpty() ? 0 : 1;
            unresolved += p.unresolvedOrganisations().size();
            headings += p.unknownHeadings().size();
            classifications += p.classifications().size();
            weak += (int) p.classifications().stream()
                    .filter(c -> new java.math.BigDecimal(c.confidence()).doubleValue() < WEAK_CONFIDENCE).count();
        }
        return new QualityTotals(pages.size(), converted, pages.size() - converted, warnings, withWarnings,
                unresolved, headings, classifications, weak, missing);
    }
}
