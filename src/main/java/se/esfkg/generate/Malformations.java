package se.esfkg.generate;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The ways real pages go wrong that a converter must report, not survive silently: an empty or
 * non-UTF-8 page is rejected with a located error; a reversed period or a malformed amount costs
 * that field, with a located warning, and the rest of the page is published.
 */
final class Malformations {

    private Malformations() {
    }

    static byte[] apply(String page, ProjectDraft d, SplittableRandom rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> new byte[0];
            case 1 -> page.replace(d.start() + " till " + d.end(), d.end() + " till " + d.start())
                    .replace(d.start() + "-" + d.end(), d.end() + "-" + d.start())
                    .replace(d.start() + " - " + d.end(), d.end() + " - " + d.start())
                    .getBytes(StandardCharsets.UTF_8);
            case 2 -> page.replace(PageWriters.kronor(d.totalBudget()), "12,3,4 kr x").getBytes(StandardCharsets.UTF_8);
            default -> notUtf8(page);
        };
    }

    /** A page saved in Latin-1: its å, ä and ö are not UTF-8. */
    private static byte[] notUtf8(String page) {
        return (page + "\nÅterrapportering sker årligen.\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
