package se.esfkg.parse;

import se.esfkg.problem.SourceLocation;

/**
 * The fields a project page carries, whatever the label a layout prints for them. Each field knows
 * how its value goes into the record, so a layout only has to say which label names which field
 * ({@link LayoutVocabulary}); the reading of an amount, a period or a count is the same everywhere.
 * The order is the order in which a record's fields are read (and their places noted).
 */
public enum Field {
    CASE_NUMBER((b, v, at) -> b.caseNumber(v)),
    NAME((b, v, at) -> b.title(v)),
    PROJECT_NUMBER((b, v, at) -> b.projectNumber(v)),
    CALL((b, v, at) -> b.call(v)),
    OWNER((b, v, at) -> b.ownerName(v)),
    REGION((b, v, at) -> b.region(v)),
    PLANNED_PARTICIPANTS((b, v, at) -> b.plannedParticipants(Values.count(v, at))),
    PERIOD((b, v, at) -> {
        Values.Period p = Values.period(v, at);
        b.startDate(p.start()).endDate(p.end());
    }),
    TOTAL_BUDGET((b, v, at) -> b.totalBudget(Values.amount(v, at))),
    ESF_GRANT((b, v, at) -> b.esfGrant(Values.amount(v, at))),
    CONTACT_NAME((b, v, at) -> b.contactName(v)),
    CONTACT_EMAIL((b, v, at) -> b.contactEmail(v)),
    CONTACT_PHONE((b, v, at) -> b.contactPhone(v)),
    OWNER_POSTCODE((b, v, at) -> b.ownerPostcode(v)),
    /** The beneficiary's street address: no record field holds it (the site has only left it empty). */
    OWNER_ADDRESS((b, v, at) -> { }),
    PROGRAMME_AREA((b, v, at) -> b.programmeArea(v)),
    SPECIFIC_OBJECTIVE((b, v, at) -> b.specificObjective(v)),
    COFINANCING_RATE((b, v, at) -> b.euCofinancingRate(Values.percentage(v, at))),
    INTERVENTION_TYPE((b, v, at) -> b.interventionType(v)),
    PHASE((b, v, at) -> b.phase(v));

    @FunctionalInterface
    private interface Reader {
        void read(ProjectRecord.Builder record, String value, SourceLocation at);
    }

    private final Reader reader;

    Field(Reader reader) {
        this.reader = reader;
    }

    /**
     * Reads {@code value}, found at {@code at}, into the record and notes where it was read. A
     * malformed amount, date or count is refused with its location.
     */
    public void read(ProjectRecord.Builder record, String value, SourceLocation at) {
        record.at(at);
        reader.read(record, value, at);
    }
}
