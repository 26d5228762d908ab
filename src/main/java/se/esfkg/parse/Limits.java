package se.esfkg.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.esfkg.problem.Problem;
import se.esfkg.problem.ProblemReporter;
import se.esfkg.problem.Severity;
import se.esfkg.problem.SourceLocation;

/**
 * How large one value of a project may be, applied in one place to what every reader produces
 * ({@link #bound}) so that no later stage (resolve, classify, map, validate, write) ever meets a
 * 10 MB title or 200,000 partners. Each limit is far above anything the project bank publishes;
 * a value over it is cut or left out with a located problem, never a crash or a hang. Numbers
 * (amounts, rates, counts, dates) have their own, stricter bound where they are parsed
 * ({@code Values.MAX_NUMBER_CHARS}); a single line is bounded when the file is read
 * ({@code SourceReader.MAX_LINE_CHARS}). docs/reliability.md lists them.
 *
 * @param maxTitleChars       a longer title is cut there (warning at its line)
 * @param maxSectionChars     a longer section text is cut there (warning at the section's line)
 * @param maxListItems        bullets after this many in one list are left out (warning at the first one left out)
 * @param maxIdentifierChars  a longer case number, project number, call, organisation number or postcode
 *                            is left out (error at its line): a value that long is no identifier
 * @param maxRecordsPerSource records after this many from one source (an export's rows) are not converted
 *                            (one error at the first row left out)
 */
public record Limits(int maxTitleChars, int maxSectionChars, int maxListItems, int maxIdentifierChars,
        int maxRecordsPerSource) {

    public static final Limits DEFAULTS = new Limits(1_000, 100_000, 1_000, 50_000, 20_000);

    /** Where an owner's name is read, by the label every layout's pages print it under. */
    private static final String OWNER_LABEL = "Projektägare";
    /** A value left out is quoted in its message only when it is this short. */
    private static final int QUOTED_CHARS = 40;

    public Limits {
        if (maxTitleChars <= 0 || maxSectionChars <= 0 || maxListItems <= 0 || maxIdentifierChars <= 0
                || maxRecordsPerSource <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * {@code record} within these limits; each value cut or left out is reported at its line. An
     * owner's name with no letter or digit (a stray {@code :} or dash) names nothing and is left out
     * too: no organisation, and no id, can be made of it.
     */
    public ProjectRecord bound(ProjectRecord r, ProblemReporter problems) {
        boolean changed = false;
        String title = r.title();
        if (title.length() > maxTitleChars) {
            title = cut(title, maxTitleChars);
            problems.warning(r.source().location().withField("title"), "title of " + r.title().length()
                    + " characters cut to " + maxTitleChars);
            changed = true;
        }
        List<Section> sections = new ArrayList<>(r.sections().size());
        for (Section s : r.sections()) {
            if (s.text().length() > maxSectionChars) {
                problems.warning(s.location(), "section text of " + s.text().length() + " characters cut to "
                        + maxSectionChars);
                s = new Section(s.heading(), s.kind(), cut(s.text(), maxSectionChars), s.language(), true, s.location());
                changed = true;
            }
            sections.add(s);
        }
        List<ListItem> coFinancers = items(r.coFinancers(), "co-financers", problems);
        List<ListItem> partners = items(r.partners(), "partners", problems);
        List<ListItem> municipalities = items(r.municipalities(), "municipalities", problems);
        changed |= coFinancers != r.coFinancers() || partners != r.partners() || municipalities != r.municipalities();
        Optional<String> owner = r.ownerName();
        if (owner.isPresent() && owner.get().codePoints().noneMatch(Character::isLetterOrDigit)) {
            // ":" or "–" under Projektägare: no organisation to name, and no id to mint for one.
            String shown = owner.get().length() <= QUOTED_CHARS ? "\"" + owner.get() + "\""
                    : "of " + owner.get().length() + " characters";
            problems.warning(r.locationOf(OWNER_LABEL), "owner " + shown + " names nothing (no letter or digit); left out");
            owner = Optional.empty();
            changed = true;
        }
        Map<String, Optional<String>> ids = new LinkedHashMap<>();
        ids.put("caseNumber", r.caseNumber());
        ids.put("projectNumber", r.projectNumber());
        ids.put("call", r.call());
        ids.put("ownerOrgNumber", r.ownerOrgNumber());
        ids.put("ownerPostcode", r.ownerPostcode());
        for (Map.Entry<String, Optional<String>> id : ids.entrySet()) {
            String value = id.getValue().orElse("");
            if (value.length() > maxIdentifierChars) {
                problems.report(new Problem(Severity.ERROR, r.source().location().withField(id.getKey()),
                        id.getKey() + " of " + value.length() + " characters is longer than "
                                + maxIdentifierChars + ": left out"));
                id.setValue(Optional.empty());
                changed = true;
            }
        }
        if (!changed) {
            return r;
        }
        return new ProjectRecord(r.source(), title, ids.get("caseNumber"), ids.get("projectNumber"), ids.get("call"),
                r.programmeArea(), r.specificObjective(), r.phase(), r.interventionType(), owner,
                ids.get("ownerOrgNumber"), r.ownerCity(), ids.get("ownerPostcode"), r.contact(), r.esfGrant(),
                r.totalBudget(), r.euCofinancingRate(), r.startDate(), r.endDate(), r.region(),
                r.plannedParticipants(), r.programmeCci(), r.fund(), r.evaluationReport(), sections, coFinancers,
                partners, municipalities, r.fieldLocations());
    }

    /** Whether the {@code count}th record (1-based) of one source may still be converted. */
    public boolean admitsRecord(int count) {
        return count <= maxRecordsPerSource;
    }

    private List<ListItem> items(List<ListItem> list, String what, ProblemReporter problems) {
        if (list.size() <= maxListItems) {
            return list;
        }
        SourceLocation first = list.get(maxListItems).location();
        problems.warning(first, (list.size() - maxListItems) + " of " + list.size() + " " + what
                + " left out: a list holds at most " + maxListItems);
        return list.subList(0, maxListItems);
    }

    /** The first {@code max} characters, never splitting a surrogate pair. */
    private static String cut(String text, int max) {
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
