package se.esfkg.web.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of {@code sparql-examples/}: its name, the question in English and Swedish and what the
 * answer shows (read from its header comments: {@code # Q (en):}, {@code # F (sv):}, {@code # Answer:},
 * each continued on indented comment lines), and the query text.
 */
public record Example(String name, String questionEn, String questionSv, String answer, String query) {

    private static final Pattern FIELD = Pattern.compile("^#\\s*(Q \\(en\\)|F \\(sv\\)|Answer):\\s*(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^#\\s{2,}(\\S.*)$");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public static Example parse(String fileName, String text) {
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        Map<String, StringBuilder> fields = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : text.split("\\R")) {
            Matcher field = FIELD.matcher(line);
            Matcher more = CONTINUATION.matcher(line);
            if (field.matches()) {
                current = new StringBuilder(field.group(2).strip());
                fields.put(field.group(1), current);
            } else if (current != null && more.matches()) {
                current.append(' ').append(more.group(1).strip());
            } else {
                current = null;
            }
        }
        return new Example(name, value(fields, "Q (en)"), value(fields, "F (sv)"), value(fields, "Answer"), text);
    }

    /** Whether a visitor's value can name an example (and nothing else on the classpath). */
    public static boolean isName(String value) {
        return value != null && value.length() <= 100 && NAME.matcher(value).matches();
    }

    /** The question in the visitor's language, else the other one, else the name. */
    public String question(String lang) {
        String first = "sv".equals(lang) ? questionSv : questionEn;
        String second = "sv".equals(lang) ? questionEn : questionSv;
        return first != null ? first : second != null ? second : name;
    }

    /** The question's first sentence in the visitor's language: what a link to the example says. */
    public String title(String lang) {
        String q = question(lang);
        int end = q.indexOf('?');
        if (end < 0) {
            end = q.indexOf(". ");
        }
        return end > 0 ? q.substring(0, end + 1) : q;
    }

    private static String value(Map<String, StringBuilder> fields, String key) {
        StringBuilder b = fields.get(key);
        return b == null || b.isEmpty() ? null : b.toString();
    }
}
