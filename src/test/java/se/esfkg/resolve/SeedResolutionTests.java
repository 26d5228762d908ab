package se.esfkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.esfkg.problem.CollectingProblemReporter;

/** Golden resolution of the five seed pages: every municipality, decision and unitOf chain. */
class SeedResolutionTests {

    private final CollectingProblemReporter problems = new CollectingProblemReporter();

    private ResolvedProject resolve(String seed) {
        ResolvedProject p = Seeds.RESOLVER.resolve(Seeds.read(seed), problems);
        assertThat(problems.problems()).as("no resolution problems").noneMatch(x -> x.message().contains("unknown"));
        return p;
    }

    private static void assertUnit(ResolvedProject p, String id, OrgKind kind, String parent) {
        Organisation o = p.organisation(id).orElseThrow();
        assertThat(o.kind()).isEqualTo(kind);
        assertThat(o.parentId()).contains(parent);
        assertThat(p.organisation(parent)).as("parent listed").isPresent();
    }

    @Test
    void resursCentrumLycksele() {
        ResolvedProject p = resolve("000_05dbab979be8d6ed.txt");
        assertThat(p.region()).map(EsfRegion::id).contains("SE33");
        assertThat(p.municipalities()).extracting(Municipality::code, m -> m.county().code(), Municipality::nuts2)
                .containsExactly(tuple("2481", "24", "SE33"));
        assertThat(p.ownerMunicipality()).map(Municipality::code).contains("2481");
        assertThat(p.decisions()).extracting(OrgDecision::role, OrgDecision::nameAsWritten,
                OrgDecision::organisationId, OrgDecision::rule).containsExactly(
                tuple(Role.OWNER, "Arbetsmarknadsenheten", "organisation/municipality-2481/arbetsmarknadsenheten",
                        "municipal-department-by-kommun-list"),
                tuple(Role.PARTNER, "Arbetsförmedlingen Lycksele", "organisation/arbetsformedlingen/lycksele",
                        "agency-local-office"),
                tuple(Role.PARTNER, "Arbetsmarknadsenheten", "organisation/municipality-2481/arbetsmarknadsenheten",
                        "municipal-department-by-kommun-list"),
                tuple(Role.PARTNER, "Lycksele lokalkontor",
                        "organisation/source-000-05dbab979be8d6ed/lycksele-lokalkontor", "unresolved-own-organisation"),
                tuple(Role.PARTNER, "Psykiatriska kliniken",
                        "organisation/source-000-05dbab979be8d6ed/psykiatriska-kliniken", "unresolved-own-organisation"));
        assertUnit(p, "organisation/municipality-2481/arbetsmarknadsenheten", OrgKind.MUNICIPAL_UNIT, "municipality/2481");
        assertUnit(p, "organisation/arbetsformedlingen/lycksele", OrgKind.AGENCY_UNIT, "organisation/arbetsformedlingen");
        assertThat(p.organisation("organisation/arbetsformedlingen")).map(Organisation::kind)
                .contains(OrgKind.NATIONAL_AGENCY);
        assertThat(p.organisation("municipality/2481")).map(Organisation::kind).contains(OrgKind.MUNICIPALITY);
        assertThat(p.organisation("municipality/2481").orElseThrow().name()).isEqualTo("Lycksele kommun");
        assertThat(p.organisation("organisation/source-000-05dbab979be8d6ed/psykiatriska-kliniken"))
                .map(Organisation::kind).contains(OrgKind.OTHER);
        assertThat(p.organisations()).extracting(Organisation::id).doesNotHaveDuplicates().hasSize(6);
        assertThat(p.mentions()).as("the page has a Kommun list").isEmpty();
    }

    @Test
    void teamWorkSolvesborg() {
        ResolvedProject p = resolve("001_cadcfa4700230a5b.txt");
        assertThat(p.region()).map(EsfRegion::id).contains("SE22");
        assertThat(p.municipalities()).extracting(Municipality::code, m -> m.county().code(), Municipality::nuts2)
                .containsExactly(tuple("1083", "10", "SE22"));
        assertThat(p.ownerMunicipality()).map(Municipality::code).contains("1083");
        assertThat(p.decisions()).extracting(OrgDecision::role, OrgDecision::nameAsWritten,
                OrgDecision::organisationId, OrgDecision::rule).containsExactly(
                tuple(Role.OWNER, "Kommunledningsförvaltningen",
                        "organisation/municipality-1083/kommunledningsforvaltningen", "municipal-department-by-kommun-list"),
                tuple(Role.PARTNER, "Arbetsförmedlingen Karlshamn", "organisation/arbetsformedlingen/karlshamn",
                        "agency-local-office"));
        assertUnit(p, "organisation/municipality-1083/kommunledningsforvaltningen", OrgKind.MUNICIPAL_UNIT,
                "municipality/1083");
        assertUnit(p, "organisation/arbetsformedlingen/karlshamn", OrgKind.AGENCY_UNIT, "organisation/arbetsformedlingen");
        assertThat(p.organisations()).hasSize(4);
    }

    @Test
    void varaOwnerIsAlsoCoFinancer() {
        ResolvedProject p = resolve("002_34e89ac2aefdf7c1.txt");
        assertThat(p.region()).map(EsfRegion::id).contains("SE23");
        assertThat(p.municipalities()).extracting(Municipality::code, m -> m.county().code(), Municipality::nuts2)
                .containsExactly(tuple("1470", "14", "SE23"));
        assertThat(p.ownerMunicipality()).map(Municipality::code).contains("1470");
        assertThat(p.decisions()).extracting(OrgDecision::role, OrgDecision::nameAsWritten,
                OrgDecision::organisationId, OrgDecision::rule).containsExactly(
                tuple(Role.OWNER, "Arbetsmarknadsenheten", "organisation/municipality-1470/arbetsmarknadsenheten",
                        "municipal-department-by-kommun-list"),
                tuple(Role.CO_FINANCER, "Arbetsmarknadsenheten", "organisation/municipality-1470/arbetsmarknadsenheten",
                        "municipal-department-by-kommun-list"),
                tuple(Role.PARTNER, "Arbetsförmedlingarna Skaraborg", "organisation/arbetsformedlingen/skaraborg",
                        "agency-local-office"),
                tuple(Role.PARTNER, "Ung Företagsamhet Skaraborg", "organisation/ung-foretagsamhet/skaraborg",
                        "agency-local-office"));
        assertUnit(p, "organisation/arbetsformedlingen/skaraborg", OrgKind.AGENCY_UNIT, "organisation/arbetsformedlingen");
        assertUnit(p, "organisation/ung-foretagsamhet/skaraborg", OrgKind.AGENCY_UNIT, "organisation/ung-foretagsamhet");
        assertThat(p.organisations()).extracting(Organisation::id).containsExactly("municipality/1470",
                "organisation/municipality-1470/arbetsmarknadsenheten", "organisation/arbetsformedlingen",
                "organisation/arbetsformedlingen/skaraborg", "organisation/ung-foretagsamhet",
                "organisation/ung-foretagsamhet/skaraborg");
    }

    @Test
    void hassleholmWithTwoMunicipalitiesUsesTheEmailDomain() {
        ResolvedProject p = resolve("003_5644959ee2017856.txt");
        assertThat(p.region()).map(EsfRegion::id).contains("SE22");
        assertThat(p.municipalities()).extracting(Municipality::code, m -> m.county().code(), Municipality::nuts2)
                .containsExactly(tuple("1293", "12", "SE22"), tuple("1290", "12", "SE22"));
        assertThat(p.ownerMunicipality()).map(Municipality::code).contains("1293");
        String rule = "municipal-department-by-email-domain";
        assertThat(p.decisions()).extracting(OrgDecision::role, OrgDecision::nameAsWritten,
                OrgDecision::organisationId, OrgDecision::rule).containsExactly(
                tuple(Role.OWNER, "Arbetsmarknadsenheten", "organisation/municipality-1293/arbetsmarknadsenheten", rule),
                tuple(Role.CO_FINANCER, "Arbete och välfärdsförvaltningen",
                        "organisation/municipality-1293/arbete-och-valfardsforvaltningen", rule),
                tuple(Role.CO_FINANCER, "Arbetsmarknad- och Kompetensutv/Socialförvaltningen",
                        "organisation/municipality-1293/arbetsmarknad-och-kompetensutv-socialforvaltningen", rule),
                tuple(Role.PARTNER, "Arbete och välfärdsförvaltningen",
                        "organisation/municipality-1293/arbete-och-valfardsforvaltningen", rule),
                tuple(Role.PARTNER, "Arbetsförmedlingen Hässleholm", "organisation/arbetsformedlingen/hassleholm",
                        "agency-local-office"),
                tuple(Role.PARTNER, "Arbetsmarknad- och Kompetensutv/Socialförvaltningen",
                        "organisation/municipality-1293/arbetsmarknad-och-kompetensutv-socialforvaltningen", rule),
                tuple(Role.PARTNER, "Arbetsmarknadsenheten", "organisation/municipality-1293/arbetsmarknadsenheten", rule));
        assertUnit(p, "organisation/municipality-1293/arbete-och-valfardsforvaltningen", OrgKind.MUNICIPAL_UNIT,
                "municipality/1293");
        assertThat(p.organisations()).extracting(Organisation::id).doesNotContain("municipality/1290");
    }

    @Test
    void visioncenterSpellingVariantsAreOneOrganisation() {
        ResolvedProject p = resolve("004_ed19341546b216d7.txt");
        assertThat(p.region()).map(EsfRegion::id).contains("SE12");
        assertThat(p.municipalities()).extracting(Municipality::code, m -> m.county().code(), Municipality::nuts2)
                .containsExactly(tuple("0586", "05", "SE12"));
        assertThat(p.ownerMunicipality()).map(Municipality::code).contains("0586");
        String rule = "municipal-department-by-kommun-list";
        assertThat(p.decisions()).extracting(OrgDecision::role, OrgDecision::nameAsWritten,
                OrgDecision::organisationId, OrgDecision::rule).containsExactly(
                tuple(Role.OWNER, "Omsorgs- och socialförvaltningen",
                        "organisation/municipality-0586/omsorgs-och-socialforvaltningen", rule),
                tuple(Role.PARTNER, "Individ och Familjeomsorg",
                        "organisation/municipality-0586/individ-och-familjeomsorgen", rule),
                tuple(Role.PARTNER, "Individ och Familjeomsorgen",
                        "organisation/municipality-0586/individ-och-familjeomsorgen", rule));
        assertThat(p.organisations()).extracting(Organisation::id).containsExactly("municipality/0586",
                "organisation/municipality-0586/omsorgs-och-socialforvaltningen",
                "organisation/municipality-0586/individ-och-familjeomsorgen");
        assertThat(p.organisation("organisation/municipality-0586/individ-och-familjeomsorgen"))
                .map(Organisation::municipalityCode).contains(Optional.of("0586"));
    }

    @Test
    void sameDepartmentNameInTwoMunicipalitiesIsTwoOrganisations() {
        String lycksele = resolve("000_05dbab979be8d6ed.txt").decisions(Role.OWNER).get(0).organisationId();
        String hassleholm = resolve("003_5644959ee2017856.txt").decisions(Role.OWNER).get(0).organisationId();
        assertThat(lycksele).isEqualTo("organisation/municipality-2481/arbetsmarknadsenheten");
        assertThat(hassleholm).isEqualTo("organisation/municipality-1293/arbetsmarknadsenheten");
    }

    @Test
    void withoutKommunListTheEmailDomainDecides() {
        ResolvedProject p = Seeds.RESOLVER.resolve(Seeds.withoutKommunList(Seeds.read("000_05dbab979be8d6ed.txt")),
                problems);
        assertThat(p.municipalities()).isEmpty();
        assertThat(p.decisions(Role.OWNER)).extracting(OrgDecision::organisationId, OrgDecision::rule)
                .containsExactly(tuple("organisation/municipality-2481/arbetsmarknadsenheten",
                        "municipal-department-by-email-domain"));
        assertThat(p.mentions()).extracting(m -> m.municipality().code()).containsExactly("2481");
    }
}
