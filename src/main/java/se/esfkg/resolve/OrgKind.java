package se.esfkg.resolve;

/** What kind of body an organisation is; each kind is a concept in the organisation-type scheme. */
public enum OrgKind {
    MUNICIPALITY("municipality"),
    MUNICIPAL_UNIT("municipal-unit"),
    NATIONAL_AGENCY("national-agency"),
    AGENCY_UNIT("agency-unit"),
    REGION("region"),
    REGION_UNIT("region-unit"),
    COUNTY_ADMINISTRATIVE_BOARD("county-administrative-board"),
    COORDINATION_ASSOCIATION("coordination-association"),
    MUNICIPAL_ASSOCIATION("municipal-association"),
    FOLK_HIGH_SCHOOL("folk-high-school"),
    STUDY_ASSOCIATION("study-association"),
    COMPANY("company"),
    CIVIL_SOCIETY("civil-society"),
    OTHER("other");

    private final String id;

    OrgKind(String id) {
        this.id = id;
    }

    /** Token used in the concept IRI of the organisation-type scheme. */
    public String id() {
        return id;
    }

    /** Units are part of another organisation ({@code org:unitOf}). */
    public boolean isUnit() {
        return this == MUNICIPAL_UNIT || this == AGENCY_UNIT || this == REGION_UNIT;
    }
}
