package se.esfkg.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.esfkg.problem.PageRejectedException;
import se.esfkg.problem.SourceLocation;

/**
 * Parsing of the value shapes the project bank uses in every layout: amounts with (no-break)
 * space thousands separators and an optional {@code kr}, ISO dates, periods, percentages, counts.
 * Every failure names the location and quotes the value.
 */
public final class Values {

    private static final DateTimeFormatter ISO_STRICT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:[ \\u00A0\\u202F]?\\d{3})*)(?:,(\\d{1,2}))?");
    private static final Pattern PERIOD = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})\\s*(?:till|-|–)\\s*(\\d{4}-\\d{1,2}-\\d{1,2})");

    /**
     * Longest value read as an amount, percentage or count. The largest grant in the bank has 9
     * digits; a 10,000-digit "amount" once overflowed the regex engine's stack, and a rate of
     * {@code 1e-999999999%} ran out of memory. Longer values are located errors, never parsed.
     */
    static final int MAX_NUMBER_CHARS = 40;
    /** A percentage: up to three digits, an optional decimal part; no exponents. */
    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}(?:\\.\\d{1,6})?");

    private Values() {
    }

    private static String bounded(String raw, String what, SourceLocation at) {
        String v = raw.strip();
        if (v.length() > MAX_NUMBER_CHARS) {
            throw new PageRejectedException(at, what + " too long (" + v.length() + " characters, at most "
                    + MAX_NUMBER_CHARS + "): \"" + v.substring(0, 20) + "…\"");
        }
        return v;
    }

    /** {@code 2 774 340 kr}, {@code 24 870 000}, {@code 4 973 906,50} → exact SEK. */
    public static BigDecimal amount(String raw, SourceLocation at) {
        String v = bounded(raw, "amount", at);
        if (v.toLowerCase(java.util.Locale.ROOT).endsWith("kr")) {
            v = v.substring(0, v.length() - 2).strip();
        }
        if (v.toUpperCase(java.util.Locale.ROOT).endsWith("SEK")) {
            v = v.substring(0, v.length() - 3).strip();
        }
        Matcher m = AMOUNT.matcher(v);
        if (!m.matches()) {
            throw new PageRejectedException(at, "malformed amount \"" + raw.strip() + "\"");
        }
        String digits = m.group(1).replaceAll("[ \\u00A0\\u202F]", "");
        return m.group(2) == null ? new BigDecimal(digits) : new BigDecimal(digits + "." + m.group(2));
    }

    public static LocalDate date(String raw, SourceLocation at) {
        bounded(raw, "date", at);
        try {
            return LocalDate.parse(raw.strip(), ISO_STRICT);
        } catch (DateTimeParseException e) {
            throw new PageRejectedException(at, "bad date \"" + raw.strip() + "\"");
        }
    }

    /** A start and end date; the end may not lie before the start. */
    public record Period(LocalDate start, LocalDate end) {
    }

    /** {@code 2014-01-02 till 2014-12-31}, {@code 2017-02-01-2019-12-31}, {@code 2023-09-01 - 2026-08-31}. */
    public static Period period(String raw, SourceLocation at) {
        Matcher m = PERIOD.matcher(bounded(raw, "period", at));
        if (!m.matches()) {
            throw new PageRejectedException(at, "malformed period \"" + raw.strip() + "\"");
        }
        LocalDate start = date(m.group(1), at);
        LocalDate end = date(m.group(2), at);
        if (end.isBefore(start)) {
            throw new PageRejectedException(at, "period ends before it starts \"" + raw.strip() + "\"");
        }
        return new Period(start, end);
    }

    /** {@code 50%}, {@code 100 %}, {@code 42,5%} → percent as a decimal. */
    public static BigDecimal percentage(String raw, SourceLocation at) {
        String v = bounded(raw, "percentage", at).replace(',', '.');
        if (v.endsWith("%")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        if (!PERCENT.matcher(v).matches()) {
            throw new PageRejectedException(at, "malformed percentage \"" + raw.strip() + "\"");
        }
        try {
            BigDecimal p = new BigDecimal(v);
            if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new PageRejectedException(at, "percentage out of range \"" + raw.strip() + "\"");
            }
            return p;
        } catch (NumberFormatException e) {
            throw new PageRejectedException(at, "malformed percentage \"" + raw.strip() + "\"");
        }
    }

    public static int count(String raw, SourceLocation at) {
        String v = bounded(raw, "number", at).replaceAll("[ \\u00A0\\u202F]", "");
        if (!v.matches("\\d{1,9}")) {
            throw new PageRejectedException(at, "malformed number \"" + raw.strip() + "\"");
        }
        return Integer.parseInt(v);
    }
}
