package se.esfkg.resolve;

/** The part an organisation plays in a project. */
public enum Role {
    OWNER("owner"), PARTNER("partner"), CO_FINANCER("co-financer");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
