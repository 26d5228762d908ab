package se.esfkg.map;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.esfkg.classify.Classification;
import se.esfkg.classify.ClassificationResult;
import se.esfkg.classify.Evidence;
import se.esfkg.classify.PartnerCountry;
import se.esfkg.parse.Layout;
import se.esfkg.parse.ListItem;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.Section;
import se.esfkg.parse.SectionKind;
import se.esfkg.problem.SourceLocation;
import se.esfkg.resolve.County;
import se.esfkg.resolve.EsfRegion;
import se.esfkg.resolve.Municipality;
import se.esfkg.resolve.OrgDecision;
import se.esfkg.resolve.OrgKind;
import se.esfkg.resolve.Organisation;
import se.esfkg.resolve.ResolvedProject;
import se.esfkg.resolve.Role;

/** A small hand-made project, resolved and classified, whose graph is written out in mapping/*.trig. */
final class MappingFixtures {

    static final SourceLocation TITLE = new SourceLocation("p1.txt", 3, "title");
    static final County VB = new County("24", "Västerbottens län", "SE331", "SE33");
    static final Municipality LYCKSELE = new Municipality("2481", "Lycksele", VB, Optional.empty());

    private MappingFixtures() {
    }

    static ResolvedProject project() {
        SourceLocation summaryAt = TITLE.at(17, "Sammanfattning");
        ProjectRecord r = ProjectRecord.builder(TITLE, "0".repeat(64), Layout.A)
                .title("Projekt Ett")
                .programmeArea("Programområde 2 Ökat arbetskraftsutbud")
                .phase("Genomförande")
                .ownerName("Arbetsmarknadsenheten")
                .contactName("Anna Exempel").contactEmail("anna@lycksele.se").contactPhone("0950-1")
                .esfGrant(new BigDecimal("1000")).totalBudget(new BigDecimal("2500"))
                .startDate(LocalDate.of(2014, 1, 2)).endDate(LocalDate.of(2014, 12, 31))
                .region("Övre Norrland")
                .addSection(new Section("Sammanfattning", SectionKind.SUMMARY, "Ett team.", "sv", false, summaryAt))
                .addSection(new Section("Bakgrund", SectionKind.BACKGROUND, "Kort.", "sv", true, TITLE.at(21, "Bakgrund")))
                .addPartner(new ListItem("Arbetsförmedlingen Lycksele", TITLE.at(30, "Samarbetspartners")))
                .addMunicipality(new ListItem("Lycksele", TITLE.at(34, "Kommun")))
                .build();
        String dept = "organisation/municipality-2481/arbetsmarknadsenheten";
        List<Organisation> orgs = List.of(
                new Organisation("municipality/2481", "Lycksele kommun", OrgKind.MUNICIPALITY, Optional.empty(),
                        Optional.of("2481"), Optional.empty()),
                new Organisation(dept, "Arbetsmarknadsenheten", OrgKind.MUNICIPAL_UNIT,
                        Optional.of("municipality/2481"), Optional.of("2481"), Optional.empty()),
                new Organisation("organisation/arbetsformedlingen", "Arbetsförmedlingen", OrgKind.NATIONAL_AGENCY,
                        Optional.empty(), Optional.empty(), Optional.empty()),
                new Organisation("organisation/arbetsformedlingen/lycksele", "Arbetsförmedlingen Lycksele",
                        OrgKind.AGENCY_UNIT, Optional.of("organisation/arbetsformedlingen"), Optional.empty(),
                        Optional.empty()));
        List<OrgDecision> decisions = List.of(
                new OrgDecision(Role.OWNER, "Arbetsmarknadsenheten", TITLE.at(7, "Projektägare"), dept,
                        "municipal-department-of-owner-municipality"),
                new OrgDecision(Role.PARTNER, "Arbetsförmedlingen Lycksele", TITLE.at(30, "Samarbetspartners"),
                        "organisation/arbetsformedlingen/lycksele", "agency-local-office"));
        return new ResolvedProject(r,
                Optional.of(new EsfRegion("SE33", "Övre Norrland", "Upper Norrland", Optional.of("SE33"))),
                orgs, decisions, List.of(LYCKSELE), List.of(), Optional.of(LYCKSELE));
    }

    static ClassificationResult classes() {
        Evidence team = new Evidence(SectionKind.SUMMARY, "team", "Ett team.", "phrase:team",
                TITLE.at(17, "Sammanfattning"), new java.math.BigDecimal("0.8"));
        Evidence finland = new Evidence(SectionKind.BACKGROUND, "Finland", "Kort.", "country:Finland",
                TITLE.at(21, "Bakgrund"), new java.math.BigDecimal("0.8"));
        return new ClassificationResult(
                List.of(new Classification(Esf.DEF + "cooperation-model/cross-professional-team", List.of(team))),
                List.of(), List.of(new PartnerCountry("FIN", finland)), Optional.empty());
    }
}
