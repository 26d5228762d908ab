package se.esfkg.parse;

/**
 * The project bank's input layouts (docs/formats/README.md). What differs between them downstream
 * is a property here, never a test of the layout's name elsewhere.
 */
public enum Layout {
    /** 2007–2013 programme pages: label and value run together on one line (the seeds). */
    A(false),
    /** 2014–2020 pages of the older site: each label on a line of its own, its value on the next. */
    B(false),
    /** The current site's pages: {@code Label:} lines, the value on the next line, in no fixed order. */
    C(false),
    /** The CSV export: one project per row. */
    D(true);

    private final boolean oneRecordPerRow;

    Layout(boolean oneRecordPerRow) {
        this.oneRecordPerRow = oneRecordPerRow;
    }

    /** The name written in provenance ({@code esf:layout}) and messages: {@code A} … {@code D}. */
    public String id() {
        return name();
    }

    /**
     * Whether one file holds many records, one a row: then a record is named by its file and row,
     * not by its file alone.
     */
    public boolean oneRecordPerRow() {
        return oneRecordPerRow;
    }
}
