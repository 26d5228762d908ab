package se.esfkg.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * One invented project, before it is written in a layout. Amounts are whole kronor and consistent:
 * the grant never exceeds the budget, and the co-financing rate is the grant's share of it.
 */
record ProjectDraft(
        int index,
        String title,
        String caseNumber,
        String programmeArea,
        String phase,
        Owner owner,
        String contactName,
        String contactEmail,
        String contactPhone,
        long esfGrant,
        long totalBudget,
        LocalDate start,
        LocalDate end,
        String region,
        int plannedParticipants,
        List<Section> sections,
        List<String> coFinancers,
        List<String> partners,
        List<String> municipalities) {

    /** The owner as a page writes it, and the e-mail domain its staff use. */
    record Owner(String organisation, String unit, String emailDomain, String postalCode, String orgNumber,
            String city) {
        String asWritten() {
            return unit == null ? organisation : organisation + ", " + unit;
        }
    }

    record Section(String heading, String text) {
    }

    int ratePercent() {
        return totalBudget == 0 ? 0 : (int) Math.round(100.0 * esfGrant / totalBudget);
    }
}
