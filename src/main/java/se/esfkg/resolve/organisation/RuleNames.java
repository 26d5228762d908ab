package se.esfkg.resolve.organisation;

/**
 * The stable rule names a decision records ({@code esf:rule}, {@code OrgDecision.rule}); data
 * and queries use them, so they never change when a rule's class does. The kind-word rules take
 * their names from {@code resolve/organisation-kinds.csv}.
 */
final class RuleNames {

    static final String USER_ALIAS = "user-alias-file";
    static final String ALIAS = "alias-file";
    static final String LOCAL_OFFICE = "agency-local-office";
    static final String MUNICIPALITY = "municipality-name";
    static final String DEPARTMENT_NAMED = "municipal-department-named-municipality";
    static final String DEPARTMENT_BY_OWNER = "municipal-department-by-owner-name";
    static final String DEPARTMENT_BY_LIST = "municipal-department-by-kommun-list";
    static final String DEPARTMENT_BY_EMAIL = "municipal-department-by-email-domain";
    static final String REGION = "region-name";
    static final String REGION_UNIT = "region-unit";
    static final String COUNTY_BOARD = "county-administrative-board";
    static final String UNRESOLVED = "unresolved-own-organisation";
    static final String PUBLIC_BODY = "public-body-name";
    static final String UNIT_OF_NAMED = "unit-before-its-organisation";
    static final String UNIT_BY_EMAIL = "unit-by-email-domain";
    static final String DEPARTMENT_BY_POSTAL_CODE = "municipal-department-by-postal-code";
    static final String COUNTY_BOARD_BY_OWNER_PLACE = "county-administrative-board-by-place-in-owner";
    static final String COUNTY_BOARD_BY_POSTAL_CODE = "county-administrative-board-by-postal-code";
    static final String COUNTY_BOARD_BY_AREA_CODE = "county-administrative-board-by-area-code";
    static final String COUNTY_BOARD_BY_REGION = "county-administrative-board-by-region-field";
    static final String COUNTY_BOARD_BY_TEXT = "county-administrative-board-by-county-in-text";
    static final String COUNTY_BOARD_UNKNOWN = "county-administrative-board-county-unknown";

    private RuleNames() {
    }
}
