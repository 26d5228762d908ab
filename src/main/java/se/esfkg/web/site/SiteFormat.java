package se.esfkg.web.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Numbers, amounts and dates for people, in the page's language ({@code ${siteFormat.kronor(x, #locale)}}). */
@Component
public class SiteFormat {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** "2 774 340 kr" in Swedish, "SEK 2,774,340" in English. */
    public String kronor(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        String n = number(amount, locale);
        return isSwedish(locale) ? n + " kr" : "SEK " + n;
    }

    /** Millions of kronor with one decimal, for chart labels: "2,8 mnkr", "SEK 2.8 m". */
    public String millions(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        String n = f.format(amount.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP));
        return isSwedish(locale) ? n + " mnkr" : "SEK " + n + " m";
    }

    public String number(Number value, Locale locale) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
    }

    public String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** "2012-01-01 – 2014-06-30" as dates people read. */
    public String period(LocalDate start, LocalDate end, Locale locale) {
        if (start == null && end == null) {
            return "";
        }
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return (start == null ? "" : start.format(f)) + " – " + (end == null ? "" : end.format(f));
    }

    /** A moment in Swedish time, e.g. the load that made the data live. */
    public String moment(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(SWEDEN).format(instant);
    }

    private static boolean isSwedish(Locale locale) {
        return "sv".equals(locale.getLanguage());
    }
}
