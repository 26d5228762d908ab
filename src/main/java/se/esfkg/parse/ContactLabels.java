package se.esfkg.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels under which pages and exports write a person's contact details, in Swedish and English
 * and their variants ({@code Kontaktperson}, {@code Kontakt}, {@code Contact person:}, {@code E-post},
 * {@code E-mail:}, {@code Mejl}, {@code Telefon:}, {@code Tel.}, {@code Mobil}, {@code Phone}). What
 * stands under one is personal data in every layout: it goes to the record's contact, which is
 * published only when a run asks for it, never into a section, a warning or a log line.
 */
public final class ContactLabels {

    /** Which contact detail a label introduces. */
    public enum Field { NAME, EMAIL, PHONE }

    /** A label and the value written after it. */
    public record Labelled(Field field, String label, String value) {
    }

    private static final Pattern NAME = Pattern.compile(
            "kontakt(?:person(?:er)?|uppgift(?:er)?|namn)?(?: för projektet)?|contact(?: persons?| name| details)?"
                    + "|projektledare|project (?:manager|leader)");
    private static final Pattern EMAIL = Pattern.compile("e-?post(?:adress)?|e-?mail(?: address)?|mejl|mail");
    private static final Pattern PHONE = Pattern.compile(
            "tel\\.?|telefon(?:nummer)?|mobil(?:nummer|telefon)?|phone(?: number)?|telephone|mobile");
    /** A line that starts with a label and a colon: {@code Kontaktperson: Anna Andersson}. */
    private static final Pattern LEADING = Pattern.compile("^\\s*([\\p{L}][\\p{L} .-]{0,30}?)\\s*:\\s*(.*)$");

    private ContactLabels() {
    }

    /**
     * The contact detail {@code label} names, if any. A bilingual export header ({@code Telefon / Phone})
     * counts when either half does; a trailing colon is ignored.
     */
    public static Optional<Field> of(String label) {
        for (String half : label.split(" / ")) {
            String key = half.strip().replaceFirst(":$", "").strip().toLowerCase(Locale.ROOT);
            if (NAME.matcher(key).matches()) {
                return Optional.of(Field.NAME);
            }
            if (EMAIL.matcher(key).matches()) {
                return Optional.of(Field.EMAIL);
            }
            if (PHONE.matcher(key).matches()) {
                return Optional.of(Field.PHONE);
            }
        }
        return Optional.empty();
    }

    /** {@code line} as a contact label, a colon and a value, if it is one. */
    public static Optional<Labelled> leading(String line) {
        Matcher m = LEADING.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return of(m.group(1)).map(f -> new Labelled(f, m.group(1).strip(), m.group(2).strip()));
    }
}
