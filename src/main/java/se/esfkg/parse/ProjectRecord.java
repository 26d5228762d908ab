package se.esfkg.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.esfkg.problem.SourceLocation;
import se.esfkg.source.SourceDocument;

/**
 * One project as a source publishes it, before any interpretation: every layout's reader yields
 * this record. Strings are as written (trimmed); amounts are exact SEK; the EU co-financing rate is
 * a percentage ({@code 50} for {@code 50%}).
 *
 * @param source            where it was read: file and line of the title (or row), SHA-256, layout
 * @param caseNumber        the official case number (diarienummer), where the source has one
 * @param projectNumber     the project number (Projektnummer), where given
 * @param call              the call (Utlysning) number
 * @param programmeArea     Programområde as written, e.g. {@code Programområde 2 Ökat arbetskraftsutbud}
 * @param ownerName         Projektägare as written, e.g. {@code Luleå kommun, Arbetsmarknadsförvaltningen}
 * @param ownerOrgNumber    the beneficiary's organisation number (CSV export)
 * @param ownerCity         the beneficiary's city (CSV export)
 * @param ownerPostcode     Stödmottagare postnr
 * @param region            Region as written, e.g. {@code Övre Norrland} or {@code ESF Nationellt}
 * @param programmeCci      the programme's CCI, e.g. {@code 2021SE05SFPR}
 * @param fund              EU-fond, e.g. {@code ESF+}
 * @param evaluationReport  a trailing {@code Utvärderingsrapport:} block, kept as a note
 * @param fieldLocations    where each field label's value was read, by label as written
 */
public record ProjectRecord(
        SourceReference source,
        String title,
        Optional<String> caseNumber,
        Optional<String> projectNumber,
        Optional<String> call,
        Optional<String> programmeArea,
        Optional<String> specificObjective,
        Optional<String> phase,
        Optional<String> interventionType,
        Optional<String> ownerName,
        Optional<String> ownerOrgNumber,
        Optional<String> ownerCity,
        Optional<String> ownerPostcode,
        Contact contact,
        Optional<BigDecimal> esfGrant,
        Optional<BigDecimal> totalBudget,
        Optional<BigDecimal> euCofinancingRate,
        Optional<LocalDate> startDate,
        Optional<LocalDate> endDate,
        Optional<String> region,
        Optional<Integer> plannedParticipants,
        Optional<String> programmeCci,
        Optional<String> fund,
        Optional<String> evaluationReport,
        List<Section> sections,
        List<ListItem> coFinancers,
        List<ListItem> partners,
        List<ListItem> municipalities,
        Map<String, SourceLocation> fieldLocations) {

    public ProjectRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a project needs a title " + source);
        }
        Objects.requireNonNull(contact, "contact");
        sections = List.copyOf(sections);
        coFinancers = List.copyOf(coFinancers);
        partners = List.copyOf(partners);
        municipalities = List.copyOf(municipalities);
        fieldLocations = Map.copyOf(fieldLocations);
    }

    /**
     * Where a field's value stands ({@code Region}, {@code Projektägare}), so that a later stage can
     * point at the line; a field without a recorded place gets the record's own line (a CSV row).
     */
    public Layout layout() {
        return source.layout();
    }

    public SourceLocation locationOf(String field) {
        return fieldLocations.getOrDefault(field, source.withField(field));
    }

    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** A record read by {@code layout} from {@code doc}, its title (or row) on {@code line}. */
    public static Builder builder(SourceDocument doc, int line, Layout layout) {
        return new Builder(doc.location(line, "title"), doc.sha256(), layout);
    }

    /** A record whose source is described rather than read (tests, generated records). */
    public static Builder builder(SourceLocation title, String sha256, Layout layout) {
        return new Builder(title, sha256, layout);
    }

    /** Readers fill fields as they meet them; {@link #build()} checks what must be there. */
    public static final class Builder {
        private SourceLocation source;
        private final String sha256;
        private final Layout layout;
        private String title;
        private String caseNumber;
        private String projectNumber;
        private String call;
        private String programmeArea;
        private String specificObjective;
        private String phase;
        private String interventionType;
        private String ownerName;
        private String ownerOrgNumber;
        private String ownerCity;
        private String ownerPostcode;
        private String contactName;
        private String contactEmail;
        private String contactPhone;
        private BigDecimal esfGrant;
        private BigDecimal totalBudget;
        private BigDecimal euCofinancingRate;
        private LocalDate startDate;
        private LocalDate endDate;
        private String region;
        private Integer plannedParticipants;
        private String programmeCci;
        private String fund;
        private String evaluationReport;
        private final List<Section> sections = new ArrayList<>();
        private final List<ListItem> coFinancers = new ArrayList<>();
        private final List<ListItem> partners = new ArrayList<>();
        private final List<ListItem> municipalities = new ArrayList<>();
        private final Map<String, SourceLocation> fieldLocations = new java.util.LinkedHashMap<>();

        private Builder(SourceLocation source, String sha256, Layout layout) {
            this.source = source;
            this.sha256 = sha256;
            this.layout = layout;
        }

        public Builder source(SourceLocation v) { source = v; return this; }
        public Builder title(String v) { title = blankToNull(v); return this; }
        public Builder caseNumber(String v) { caseNumber = blankToNull(v); return this; }
        public Builder projectNumber(String v) { projectNumber = blankToNull(v); return this; }
        public Builder call(String v) { call = blankToNull(v); return this; }
        public Builder programmeArea(String v) { programmeArea = blankToNull(v); return this; }
        public Builder specificObjective(String v) { specificObjective = blankToNull(v); return this; }
        public Builder phase(String v) { phase = blankToNull(v); return this; }
        public Builder interventionType(String v) { interventionType = blankToNull(v); return this; }
        public Builder ownerName(String v) { ownerName = blankToNull(v); return this; }
        public Builder ownerOrgNumber(String v) { ownerOrgNumber = blankToNull(v); return this; }
        public Builder ownerCity(String v) { ownerCity = blankToNull(v); return this; }
        public Builder ownerPostcode(String v) { ownerPostcode = blankToNull(v); return this; }
        public Builder contactName(String v) { contactName = blankToNull(v); return this; }
        public Builder contactEmail(String v) { contactEmail = blankToNull(v); return this; }
        public Builder contactPhone(String v) { contactPhone = blankToNull(v); return this; }
        public Builder esfGrant(BigDecimal v) { esfGrant = v; return this; }
        public Builder totalBudget(BigDecimal v) { totalBudget = v; return this; }
        public Builder euCofinancingRate(BigDecimal v) { euCofinancingRate = v; return this; }
        public Builder startDate(LocalDate v) { startDate = v; return this; }
        public Builder endDate(LocalDate v) { endDate = v; return this; }
        public Builder region(String v) { region = blankToNull(v); return this; }
        public Builder plannedParticipants(Integer v) { plannedParticipants = v; return this; }
        public Builder programmeCci(String v) { programmeCci = blankToNull(v); return this; }
        public Builder fund(String v) { fund = blankToNull(v); return this; }
        public Builder evaluationReport(String v) { evaluationReport = blankToNull(v); return this; }
        /**
         * Adds a section, except what is personal: a section headed by a contact label (an export's
         * {@code Kontaktperson} column, a page's {@code Kontakt} heading) and every line in it that
         * starts with one ({@code E-post: …}) go to the contact instead; a section without text
         * (empty on the page, or left so) is dropped, since the graph has no place for empty text.
         */
        public Builder addSection(Section v) {
            if (v.text().isBlank()) {
                return this;
            }
            Optional<ContactLabels.Field> whole = ContactLabels.of(v.heading());
            if (whole.isPresent()) {
                contact(whole.get(), v.text().strip().lines().findFirst().orElse(""));
                return this;
            }
            StringBuilder kept = new StringBuilder();
            boolean removed = false;
            for (String line : v.text().split("\n", -1)) {
                Optional<ContactLabels.Labelled> labelled = ContactLabels.leading(line);
                if (labelled.isPresent()) {
                    contact(labelled.get().field(), labelled.get().value());
                    removed = true;
                } else {
                    kept.append(line).append('\n');
                }
            }
            if (!removed) {
                sections.add(v);
            } else if (!kept.toString().isBlank()) {
                sections.add(new Section(v.heading(), v.kind(), kept.toString().strip(), v.language(), v.truncated(),
                        v.location()));
            }
            return this;
        }

        /** Fills a contact detail the record does not have yet; the first one read wins. */
        public Builder contact(ContactLabels.Field field, String value) {
            switch (field) {
                case NAME -> { if (contactName == null) { contactName(value); } }
                case EMAIL -> { if (contactEmail == null) { contactEmail(value); } }
                case PHONE -> { if (contactPhone == null) { contactPhone(value); } }
                default -> throw new IllegalStateException(field.name());
            }
            return this;
        }
        public Builder addCoFinancer(ListItem v) { coFinancers.add(v); return this; }
        public Builder addPartner(ListItem v) { partners.add(v); return this; }
        public Builder addMunicipality(ListItem v) { municipalities.add(v); return this; }
        /** Records where the field named by {@code where.field()} was read. */
        public Builder at(SourceLocation where) { fieldLocations.put(where.field(), where); return this; }

        public ProjectRecord build() {
            return new ProjectRecord(new SourceReference(source, sha256, layout), title == null ? "" : title,
                    Optional.ofNullable(caseNumber), Optional.ofNullable(projectNumber), Optional.ofNullable(call),
                    Optional.ofNullable(programmeArea), Optional.ofNullable(specificObjective),
                    Optional.ofNullable(phase), Optional.ofNullable(interventionType),
                    Optional.ofNullable(ownerName), Optional.ofNullable(ownerOrgNumber),
                    Optional.ofNullable(ownerCity), Optional.ofNullable(ownerPostcode),
                    new Contact(Optional.ofNullable(contactName), Optional.ofNullable(contactEmail),
                            Optional.ofNullable(contactPhone)),
                    Optional.ofNullable(esfGrant), Optional.ofNullable(totalBudget),
                    Optional.ofNullable(euCofinancingRate), Optional.ofNullable(startDate),
                    Optional.ofNullable(endDate), Optional.ofNullable(region),
                    Optional.ofNullable(plannedParticipants), Optional.ofNullable(programmeCci),
                    Optional.ofNullable(fund), Optional.ofNullable(evaluationReport),
                    sections, coFinancers, partners, municipalities, fieldLocations);
        }

        private static String blankToNull(String v) {
            return v == null || v.isBlank() ? null : v.strip();
        }
    }
}
