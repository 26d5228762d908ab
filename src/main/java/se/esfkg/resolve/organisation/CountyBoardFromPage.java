package se.esfkg.resolve.organisation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.esfkg.resolve.County;
import se.esfkg.resolve.EsfRegion;
import se.esfkg.resolve.Municipality;
import se.esfkg.resolve.Names;
import se.esfkg.resolve.OrgKind;
import se.esfkg.resolve.Organisation;

/**
 * {@code Länsstyrelsen}, {@code Länsstyrelsen, Luleå}, {@code Länsstyrelsen, Enheten för integration}:
 * every county board writes {@code lansstyrelsen.se}, so the county comes from the page, strongest
 * evidence first: a town or county in the owner string, the postal code, the area code, a region field
 * that holds one county, one county named in the text. Where nothing tells it, the owner is a county
 * board of unknown county, scoped to the page: never a guess.
 */
record CountyBoardFromPage(OrganisationKnowledge knowledge, Units units) implements OrganisationRule {

    private static final Pattern COUNTY_IN_TEXT = Pattern.compile("(\\p{L}+(?:[ -]\\p{L}+)?) län\\b");

    @Override
    public Optional<Resolution> decide(NameOnPage written) {
        String name = written.name();
        String key = written.key();
        PageEvidence page = written.page();
        if (!key.startsWith("länsstyrelsen")) {
            return Optional.empty();
        }
        String rest = key.substring("länsstyrelsen".length()).replace(",", " ").strip();
        String unit = name.contains(",") ? name.substring(name.indexOf(',') + 1).strip() : "";
        Optional<Resolution> board = countyNamedIn(rest)
                .map(c -> board(c, RuleNames.COUNTY_BOARD_BY_OWNER_PLACE, "owner string"))
                .or(() -> page.postalCode().flatMap(knowledge::municipalityByPostalCode)
                        .map(Municipality::county)
                        .map(c -> board(c, RuleNames.COUNTY_BOARD_BY_POSTAL_CODE,
                                "postal code " + OrganisationKnowledge.digits(page.postalCode().get()))))
                .or(() -> page.phone().flatMap(knowledge::areaCode)
                        .map(a -> board(knowledge.countyOfAreaCode(a), RuleNames.COUNTY_BOARD_BY_AREA_CODE, "area code " + a)))
                .or(() -> page.region().flatMap(this::onlyCountyOf)
                        .map(c -> board(c, RuleNames.COUNTY_BOARD_BY_REGION, "region " + page.region().get().nameSv())))
                .or(() -> onlyCountyNamedIn(page.text())
                        .map(c -> board(c, RuleNames.COUNTY_BOARD_BY_TEXT, "county named in the text")));
        if (board.isEmpty()) {
            Organisation o = new Organisation("organisation/" + written.scope() + "/lansstyrelsen", "Länsstyrelsen",
                    OrgKind.COUNTY_ADMINISTRATIVE_BOARD, Optional.empty(), Optional.empty(), Optional.empty());
            return Optional.of(new Resolution(o, List.of(), RuleNames.COUNTY_BOARD_UNKNOWN));
        }
        Resolution b = board.get();
        if (unit.isEmpty() || countyNamedIn(Names.key(unit)).isPresent()) {
            return board;
        }
        return Optional.of(units.unitOf(b.organisation(), OrgKind.AGENCY_UNIT, name,
                knowledge.definite(Names.key(unit)), b.rule()).withEvidence(b.evidence()));
    }

    private Resolution board(County c, String rule, String evidence) {
        return new Resolution(knowledge.boardOf(c), List.of(), rule, evidence);
    }

    /** A county or a municipality (its county) named by the words of an owner string. */
    private Optional<County> countyNamedIn(String words) {
        if (words.isBlank()) {
            return Optional.empty();
        }
        String w = words.startsWith("i ") ? words.substring(2) : words;
        Optional<County> whole = knowledge.county(w);
        if (whole.isPresent()) {
            return whole;
        }
        for (String part : w.split(" ")) {
            Optional<County> c = knowledge.county(part);
            if (c.isPresent()) {
                return c;
            }
            Optional<County> viaMunicipality = knowledge.municipalities().resolve(part).map(Municipality::county);
            if (viaMunicipality.isPresent()) {
                return viaMunicipality;
            }
        }
        return Optional.empty();
    }

    private Optional<County> onlyCountyNamedIn(String text) {
        Set<County> found = new LinkedHashSet<>();
        Matcher m = COUNTY_IN_TEXT.matcher(Names.key(text));
        while (m.find()) {
            String two = m.group(1) + " län";
            String one = two.contains(" ") ? two.substring(two.indexOf(' ') + 1) : two;
            knowledge.county(two).or(() -> knowledge.county(one)).ifPresent(found::add);
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private Optional<County> onlyCountyOf(EsfRegion region) {
        List<County> in = knowledge.reference().counties().stream()
                .filter(c -> region.nutsCode().map(n -> n.equals(c.nuts2())).orElse(false)).toList();
        return in.size() == 1 ? Optional.of(in.get(0)) : Optional.empty();
    }
}
