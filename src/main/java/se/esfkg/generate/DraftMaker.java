package se.esfkg.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import se.esfkg.generate.GeneratorData.Body;
import se.esfkg.generate.GeneratorData.Place;
import se.esfkg.generate.ProjectDraft.Owner;
import se.esfkg.generate.ProjectDraft.Section;

/**
 * Invents one project from a random source seeded by the page's index, so that a page's content
 * depends on the corpus seed and its index only (not on the pages before it).
 */
final class DraftMaker {

    private static final String[] DEPARTMENTS = {"Arbetsmarknadsenheten", "Arbetsmarknadsförvaltningen",
        "Socialförvaltningen", "Kommunledningskontoret", "Utbildningsförvaltningen", "Näringslivsenheten",
        "Vuxenutbildningen", "Arbete och välfärd", "Individ- och familjeomsorgen", "Kompetenscentrum"};
    private static final String[] CIVIL = {"Röda Korset", "Stadsmissionen", "Fryshuset", "Studieförbundet Vuxenskolan",
        "ABF", "Studiefrämjandet", "Rädda Barnen", "Hela Sverige ska leva", "Coompanion", "Sensus"};
    private static final String[] WORDS = {"Vägen", "Steget", "Bron", "Nya", "Framtid", "Kompass", "Lyftet",
        "Nav", "Språng", "Växa", "Jobb", "Kraft", "Resurs", "Start", "Möjlighet", "Tillsammans"};
    private static final String[] TITLE_TAILS = {"vidare", "till arbete", "i samverkan", "för unga", "2.0",
        "inom vården", "i länet", "för nyanlända", "mot egen försörjning", "i norr", "i väst"};
    private static final String[] FIRST = {"Anna", "Erik", "Maria", "Johan", "Sara", "Nils", "Karin", "Lars",
        "Eva", "Ahmed", "Fatima", "Per", "Linnea", "Mikael"};
    private static final String[] LAST = {"Exempelsson", "Provberg", "Testström", "Modellin", "Påhittad",
        "Fiktivsson", "Låtsasdal"};
    private static final String[] AREAS_2007 = {"Programområde 1 Kompetensförsörjning",
        "Programområde 2 Ökat arbetskraftsutbud"};
    private static final String[] AREAS_2014 = {"1.1 Kompetensförsörjning", "2.1 Öka övergångarna till arbete",
        "3.1 Sysselsättningsinitiativet"};
    private static final String[] PHASES = {"Genomförande", "Genomförande", "Genomförande", "Förprojektering"};

    private final GeneratorData data;
    private final SentenceBank sentences = new SentenceBank();

    DraftMaker(GeneratorData data) {
        this.data = data;
    }

    ProjectDraft make(int index, InputLayout layout, SplittableRandom rnd) {
        Place home = pick(rnd, data.municipalities());
        Owner owner = owner(rnd, home);
        int startYear = switch (layout) {
            case A -> 2007 + rnd.nextInt(8);
            case B -> 2014 + rnd.nextInt(6);
            case C -> 2015 + rnd.nextInt(11);
            case EXPORT -> 2021 + rnd.nextInt(6);
        };
        LocalDate start = LocalDate.of(startYear, 1 + rnd.nextInt(12), 1);
        LocalDate end = start.plusMonths(6 + rnd.nextInt(37)).minusDays(1);
        long budget = Math.round(Math.exp(12 + rnd.nextDouble() * 5.5));
        int[] rates = {50, 50, 60, 75, 100};
        long grant = budget * rates[rnd.nextInt(rates.length)] / 100;
        List<String> municipalities = municipalities(rnd, home);
        String title = title(index, rnd);
        String first = FIRST[rnd.nextInt(FIRST.length)];
        String last = LAST[rnd.nextInt(LAST.length)];
        String email = (first + "." + last).toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a')
                .replace('ö', 'o') + "@" + owner.emailDomain();
        String phone = "0" + (10 + rnd.nextInt(89)) + "-" + (100000 + rnd.nextInt(900000));
        String caseNumber = startYear + "/" + String.format(Locale.ROOT, "%05d", 100 + index % 99_000);
        return new ProjectDraft(index, title, caseNumber,
                layout == InputLayout.A ? pick(rnd, AREAS_2007) : pick(rnd, AREAS_2014),
                pick(rnd, PHASES), owner, first + " " + last, email, phone, grant, budget, start, end,
                home.esfRegion(), rnd.nextInt(10) == 0 ? 0 : 10 + rnd.nextInt(400),
                sections(rnd, layout, municipalities), coFinancers(rnd, home), partners(rnd, home),
                municipalities);
    }

    private Owner owner(SplittableRandom rnd, Place home) {
        String domain = home.name().toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a')
                .replace('ö', 'o').replace(" ", "") + ".se";
        String postal = String.valueOf(10_000 + rnd.nextInt(89_999));
        String orgnr = "2" + (10_000 + rnd.nextInt(89_999)) + "-" + (1000 + rnd.nextInt(8999));
        int kind = rnd.nextInt(100);
        if (kind < 45) {
            return new Owner(home.name() + " kommun", pick(rnd, DEPARTMENTS), domain, postal, orgnr, home.name());
        }
        if (kind < 55 && !data.regions().isEmpty()) {
            Body b = pick(rnd, data.regions());
            return new Owner(b.name(), rnd.nextBoolean() ? "Regional utveckling" : null, b.emailDomain(), postal,
                    orgnr, home.name());
        }
        if (kind < 70) {
            Body b = zipf(rnd, data.agencies());
            return new Owner(b.name(), rnd.nextBoolean() ? home.name() : null, b.emailDomain(), postal, orgnr,
                    home.name());
        }
        if (kind < 75 && !data.countyBoards().isEmpty()) {
            Body b = pick(rnd, data.countyBoards());
            return new Owner(b.name(), null, "lansstyrelsen.se", postal, orgnr, home.name());
        }
        if (kind < 85) {
            return new Owner("Samordningsförbundet " + home.name(), null, "finsam-" + domain, postal, orgnr,
                    home.name());
        }
        if (kind < 90) {
            return new Owner(home.name() + " folkhögskola", null, "fhsk-" + domain, postal, orgnr, home.name());
        }
        if (kind < 95) {
            String name = pick(rnd, WORDS) + " i " + home.name() + " ideell förening";
            return new Owner(name, null, "example.org", postal, "8" + orgnr.substring(1), home.name());
        }
        String name = pick(rnd, WORDS) + " " + home.name() + " AB";
        return new Owner(name, null, "example.com", postal, "5" + orgnr.substring(1), home.name());
    }

    private List<String> municipalities(SplittableRandom rnd, Place home) {
        Set<String> names = new LinkedHashSet<>();
        names.add(home.name());
        while (rnd.nextInt(100) < 35 && names.size() < 12) {
            Place p = pick(rnd, data.municipalities());
            Place nearby = p.countyCode().equals(home.countyCode()) || rnd.nextInt(4) == 0 ? p : home;
            names.add(nearby.name());
        }
        return List.copyOf(names);
    }

    private List<String> partners(SplittableRandom rnd, Place home) {
        Set<String> out = new LinkedHashSet<>();
        int n = rnd.nextInt(7);
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(10);
            if (kind < 5) {
                Body agency = zipf(rnd, data.agencies());
                out.add(rnd.nextBoolean() ? agency.name() + " " + home.name() : agency.name());
            } else if (kind < 7) {
                out.add(pick(rnd, DEPARTMENTS));
            } else if (kind < 9) {
                out.add(pick(rnd, CIVIL));
            } else {
                out.add(pick(rnd, WORDS) + " " + home.name() + " AB");
            }
        }
        return List.copyOf(out);
    }

    private List<String> coFinancers(SplittableRandom rnd, Place home) {
        List<String> out = new ArrayList<>();
        if (rnd.nextBoolean()) {
            out.add(home.name() + " kommun");
        }
        if (rnd.nextInt(3) == 0) {
            out.add(zipf(rnd, data.agencies()).name());
        }
        return out;
    }

    private List<Section> sections(SplittableRandom rnd, InputLayout layout, List<String> municipalities) {
        List<Section> out = new ArrayList<>();
        out.add(new Section("Sammanfattning", sentences.paragraph(rnd, 3 + rnd.nextInt(6), municipalities)));
        if (layout == InputLayout.A) {
            for (String heading : List.of("Bakgrund", "Syfte", "Målsättning",
                    "Tillgänglighet för personer med funktionsnedsättning", "Jämställdhetsintegrering")) {
                if (rnd.nextInt(10) < 8) {
                    out.add(new Section(heading, sentences.paragraph(rnd, 2 + rnd.nextInt(12), municipalities)));
                }
            }
            if (rnd.nextInt(4) == 0) {
                out.add(new Section("Transnationellt samarbete", sentences.transnational(rnd)));
            }
        }
        return out;
    }

    /**
     * Real titles rarely repeat, and a repeated title with one start year is one project to the
     * converter; so the index picks a distinct combination of word, ending and place.
     */
    private String title(int index, SplittableRandom rnd) {
        long k = index;
        String word = WORDS[(int) (k % WORDS.length)];
        k /= WORDS.length;
        String tail = TITLE_TAILS[(int) (k % TITLE_TAILS.length)];
        k /= TITLE_TAILS.length;
        String place = data.municipalities().get((int) (k % data.municipalities().size())).name();
        k /= data.municipalities().size();
        String round = k == 0 ? "" : " etapp " + (k + 1);
        return switch (rnd.nextInt(3)) {
            case 0 -> word + " " + tail + " i " + place + round;
            case 1 -> "Projekt " + word + " – " + place + " " + tail + round;
            default -> place + " " + word.toLowerCase(java.util.Locale.ROOT) + " " + tail + round;
        };
    }

    static <T> T pick(SplittableRandom rnd, List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    static String pick(SplittableRandom rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    /** A long tail: the first entries recur across many projects, most others rarely. */
    static <T> T zipf(SplittableRandom rnd, List<T> from) {
        double u = rnd.nextDouble();
        int i = (int) Math.floor(Math.pow(from.size() + 1, u)) - 1;
        return from.get(Math.min(Math.max(i, 0), from.size() - 1));
    }
}
