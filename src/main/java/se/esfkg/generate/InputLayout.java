package se.esfkg.generate;

/** The four inputs the project bank offers, as the generator writes them. */
public enum InputLayout {
    /** 2007–2013 pages: label and value on one line, bullet lists. */
    A,
    /** 2014–2020 pages of the older site: label and value on separate lines. */
    B,
    /** Current site: {@code Label:} lines, the description as plain paragraphs. */
    C,
    /** The CSV export: one project a row. */
    EXPORT
}
