package se.esfkg.parse;

import java.util.List;
import java.util.regex.Pattern;
import se.esfkg.problem.PageRejectedException;
import se.esfkg.source.SourceDocument;

/**
 * The site's printed pages open with the same furniture whatever the layout: the print logo,
 * banners (webinars, covid-19), a line ending in two spaces. None of it is data, and none of it
 * may be taken for the title that stands just above the fields.
 */
public final class PageFurniture {

    /** What the site prints around the content: the print logo, the banners' lines, a close button. */
    private static final List<Pattern> BANNERS = List.of(
            Pattern.compile("Logotyp på utskrifter"),
            Pattern.compile("Stäng"),
            Pattern.compile("Mer information och anmälan\\.?"),
            Pattern.compile("(Uppdaterad )?[Ii]nformation med anledning av covid-19.*"),
            Pattern.compile("\\d{1,2} \\p{L}+ - .*"),
            Pattern.compile("Cookies"),
            Pattern.compile("Lär dig mer"));

    private static final List<Pattern> FURNITURE = List.of(
            BANNERS.get(0), BANNERS.get(1), BANNERS.get(2), BANNERS.get(3), BANNERS.get(4),
            Pattern.compile(".*\\S {2,}"),
            Pattern.compile("In English"));

    private PageFurniture() {
    }

    /**
     * A banner or logo line, which may also turn up between a page's sections; it is never text.
     * (Unlike {@link #isFurniture}, a line that merely ends in spaces is not one.)
     */
    public static boolean isBanner(String line) {
        return BANNERS.stream().anyMatch(p -> p.matcher(line).matches());
    }

    public static boolean isFurniture(String line) {
        return FURNITURE.stream().anyMatch(p -> p.matcher(line).matches());
    }

    /**
     * The index of the title: the last non-blank line above {@code firstField}, or -1 when that
     * line is furniture or there is none (a page without a title).
     */
    public static int titleAbove(List<String> lines, int firstField) {
        for (int i = firstField - 1; i >= 0; i--) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            return isFurniture(l) ? -1 : i;
        }
        return -1;
    }

    /**
     * Starts the record of a page whose fields begin at {@code firstField}, titled by the line above
     * them; refuses a page with no fields or no title, naming the line.
     */
    public static ProjectRecord.Builder recordTitledAbove(SourceDocument doc, int firstField, Layout layout) {
        if (firstField < 0) {
            throw new PageRejectedException(doc.location(0, ""), "no project fields found (layout " + layout + ")");
        }
        List<String> lines = doc.lines();
        int titleIndex = titleAbove(lines, firstField);
        if (titleIndex < 0) {
            throw new PageRejectedException(doc.location(firstField + 1, "title"), "no title before the first field");
        }
        return ProjectRecord.builder(doc, titleIndex + 1, layout)
                .title(lines.get(titleIndex).strip());
    }
}
