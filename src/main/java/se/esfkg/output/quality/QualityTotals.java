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
        Tally tally = new Tally(fields);
        pages.forEach(tally::add);
        return tally.totals();
    }

    /** The totals counted one page at a time, so that the pages need not be held. */
    static final class Tally {
        private final Map<String, Integer> missing = new LinkedHashMap<>();
        private int records;
        private int converted;
        private int warnings;
        private int withWarnings;
        private int unresolved;
        private int headings;
        private int classifications;
        private int weak;

        Tally(List<String> fields) {
            fields.forEach(f -> missing.put(f, 0));
        }

        void add(PageQuality p) {
            records++;
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

        QualityTotals totals() {
            return new QualityTotals(records, converted, records - converted, warnings, withWarnings,
                    unresolved, headings, classifications, weak, missing);
        }
    }
}
