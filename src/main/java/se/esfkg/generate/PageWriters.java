package se.esfkg.generate;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import se.esfkg.generate.ProjectDraft.Section;

/** Writes a draft in each of the project bank's page layouts, page furniture included. */
final class PageWriters {

    static final List<String> EXPORT_HEADER = List.of("Diarienummer / Operation ID",
            "Namn på insatsen / Operation Name", "Stödmottagare / Beneficiary",
            "Projektägare organisationsnummer / Beneficiary ID", "Projektägare ort / Beneficiary city",
            "Stödmottagarens land / Beneficiary country", "Programområde / Priority",
            "Specifikt mål / Specific objective concerned", "Interventionsområde / Intervention field",
            "Total projektbudget / Total budget SEK", "Unionens medfinansieringsgrad / Union co-financing rate",
            "EU-stöd i SEK / EU contribution SEK", "Sammanfattning / Summary",
            "Sammanfattning engelsk / Summary in english", "Startdatum / Start date", "Slutdatum / End date",
            "EU-fond / EU fund", "Program CCI / Program CCI");

    static final CSVFormat EXPORT_FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';')
            .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\n").get();

    private PageWriters() {
    }

    static String layoutA(ProjectDraft d, SplittableRandom rnd) {
        StringBuilder p = new StringBuilder("Logotyp på utskrifter\n\n");
        if (rnd.nextInt(5) == 0) {
            p.append("Information med anledning av covid-19\n\nUppdaterad information med anledning av covid-19  \n\n");
        }
        p.append(d.title()).append("\n\n");
        p.append("Programområde").append(d.programmeArea()).append('\n');
        p.append("Projektfas").append(d.phase()).append('\n');
        p.append("Projektägare").append(rnd.nextBoolean() && d.owner().unit() != null ? d.owner().unit()
                : d.owner().asWritten()).append('\n');
        p.append("Kontaktperson").append(d.contactName()).append('\n');
        p.append("E-post").append(d.contactEmail()).append('\n');
        p.append("Telefonnummer").append(d.contactPhone()).append('\n');
        p.append("Beviljat ESF-stöd").append(kronor(d.esfGrant())).append(" kr\n");
        p.append("Total projektbudget").append(kronor(d.totalBudget())).append(" kr\n");
        p.append("Projektperiod").append(d.start()).append(" till ").append(d.end()).append('\n');
        p.append("Region").append(d.region()).append('\n');
        p.append("In English\n\n");
        for (Section s : d.sections()) {
            p.append(s.heading()).append("\n\n").append(s.text()).append("\n\n");
        }
        bullets(p, "Medfinansiärer", d.coFinancers());
        bullets(p, "Samarbetspartners", d.partners());
        bullets(p, "Kommun", d.municipalities());
        return p.toString();
    }

    private static void bullets(StringBuilder p, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        p.append(heading).append("\n\n");
        items.forEach(i -> p.append("  • ").append(i).append('\n'));
        p.append('\n');
    }

    static String layoutB(ProjectDraft d, SplittableRandom rnd) {
        StringBuilder p = new StringBuilder("Logotyp på utskrifter\n\n");
        p.append(d.title()).append("\n\n");
        field(p, "Programområde", d.programmeArea());
        field(p, "Region", d.region());
        field(p, "Utlysning", d.start().getYear() - 1 + "/" + String.format(Locale.ROOT, "%05d", 400 + d.index() % 300));
        field(p, "Projektägare", d.owner().asWritten());
        field(p, "Projektnummer", d.caseNumber());
        field(p, "Planerat antal deltagare", Integer.toString(d.plannedParticipants()));
        field(p, "Projektperiod", d.start() + "-" + d.end());
        field(p, "Total projektbudget", kronor(d.totalBudget()) + " kr");
        field(p, "Beviljat ESF-stöd", kronor(d.esfGrant()) + " kr");
        field(p, "Kontaktperson", d.contactName());
        field(p, "E-post", d.contactEmail());
        p.append("\nSammanfattning\n\n").append(d.sections().get(0).text()).append("\n");
        if (rnd.nextInt(4) == 0) {
            p.append("\nUtvärderingsrapport:\nSlutrapport extern utvärdering (pdf)\n");
        }
        return p.toString();
    }

    private static void field(StringBuilder p, String label, String value) {
        p.append(label).append('\n').append(value).append('\n');
    }

    static String layoutC(ProjectDraft d, SplittableRandom rnd) {
        StringBuilder p = new StringBuilder();
        if (rnd.nextBoolean()) {
            p.append("information (1)\nCookies\n\nDen här hemsidan använder cookies för att säkerställa bästa möjliga "
                    + "upplevelse på vår webb.\n\nLär dig mer\n\n");
        }
        p.append(d.caseNumber()).append(" - ").append(d.title()).append("\n\n");
        List<String[]> fields = new java.util.ArrayList<>(List.of(
                new String[] {"Projektnummer:", d.caseNumber()},
                new String[] {"Projektägare:", d.owner().asWritten()},
                new String[] {"Namn:", d.title()},
                new String[] {"Region:", d.region()},
                new String[] {"Planerat antal deltagare:", Integer.toString(d.plannedParticipants())},
                new String[] {"Projektperiod:", d.start() + " - " + d.end()},
                new String[] {"Total projektbudget:", kronor(d.totalBudget())},
                new String[] {"Beviljat ESF-stöd:", kronor(d.esfGrant())},
                new String[] {"Kontaktperson:", d.contactName()},
                new String[] {"E-post:", d.contactEmail()},
                new String[] {"Stödmottagare postnr:", d.owner().postalCode()},
                new String[] {"Stödmottagarens address:", ""},
                new String[] {"Programområde:", d.programmeArea().substring(0, 1)},
                new String[] {"Specifikt mål:", d.programmeArea().substring(0, 1) + "." + (1 + rnd.nextInt(3))},
                new String[] {"Unionens medfinansieringsgrad:", d.ratePercent() + "%"},
                new String[] {"Interventionstyp:", Integer.toString(130 + rnd.nextInt(30))}));
        // The current site writes its fields in varying order.
        for (int i = fields.size() - 1; i > 0; i--) {
            if (rnd.nextInt(4) == 0) {
                java.util.Collections.swap(fields, i, rnd.nextInt(i + 1));
            }
        }
        for (String[] f : fields) {
            p.append(f[0]).append('\n').append(f[1]).append('\n');
        }
        p.append('\n');
        for (Section s : d.sections()) {
            p.append(s.text()).append("\n\n");
        }
        return p.toString();
    }

    static List<String> exportRow(ProjectDraft d) {
        String dnr = String.format(Locale.ROOT, "%02d-%03d-S%02d", d.start().getYear() % 100, d.index() % 1000,
                1 + d.index() / 1000 % 99);
        String summary = "<p>" + d.sections().get(0).text() + "</p>";
        return List.of(dnr, d.title(), d.owner().organisation(), d.owner().orgNumber(), d.owner().city(), "Sverige",
                d.programmeArea().substring(0, 1), d.programmeArea().substring(0, 1) + ".1", "134",
                kronor(d.totalBudget()), d.ratePercent() + "%", kronor(d.esfGrant()), summary, "",
                d.start().toString(), d.end().toString(), "ESF+", "2021SE05SFPR");
    }

    static void printExportHeader(CSVPrinter csv) throws IOException {
        csv.printRecord(EXPORT_HEADER);
    }

    /** {@code 2774340} → {@code 2 774 340}, as the bank writes amounts. */
    static String kronor(long amount) {
        String digits = Long.toString(amount);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
