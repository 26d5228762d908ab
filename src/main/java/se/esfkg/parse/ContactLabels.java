package se.esfkg.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * Every contact label the pages and exports use, as written in lower case without a colon; one
     * table, so a new variant is one entry.
     */
    private static final Map<String, Field> LABELS = labels(
            Field.NAME, List.of("kontakt", "kontaktperson", "kontaktpersoner", "kontaktuppgift", "kontaktuppgifter",
                    "kontaktnamn", "kontakt för projektet", "kontaktperson för projektet",
                    "kontaktpersoner för projektet", "kontaktuppgift för projektet", "kontaktuppgifter för projektet",
                    "kontaktnamn för projektet", "contact", "contact person", "contact persons", "contact name",
                    "contact details", "projektledare", "project manager", "project leader"),
            Field.EMAIL, List.of("e-post", "epost", "e-postadress", "epostadress", "e-mail", "email",
                    "e-mail address", "email address", "mejl", "mail"),
            Field.PHONE, List.of("tel", "tel.", "telefon", "telefonnummer", "mobil", "mobilnummer", "mobiltelefon",
                    "phone", "phone number", "telephone", "mobile"));

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
            Field field = LABELS.get(half.strip().replaceFirst(":$", "").strip().toLowerCase(Locale.ROOT));
            if (field != null) {
                return Optional.of(field);
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

    private static Map<String, Field> labels(Field f1, List<String> l1, Field f2, List<String> l2, Field f3,
            List<String> l3) {
        Map<String, Field> labels = new HashMap<>();
        l1.forEach(l -> labels.put(l, f1));
        l2.forEach(l -> labels.put(l, f2));
        l3.forEach(l -> labels.put(l, f3));
        return Map.copyOf(labels);
    }
}
