package se.esfkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.esfkg.parse.Layout;
import se.esfkg.parse.ListItem;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.problem.SourceLocation;
import se.esfkg.testing.Knowledge;

/** Owners of every kind, as layouts B, C and D write them, and user alias files. */
class OwnerResolutionTests {

    private final CollectingProblemReporter problems = new CollectingProblemReporter();
    private final SourceLocation page = new SourceLocation("page-c.txt", 10, "title");

    private ProjectRecord.Builder project(String owner) {
        return ProjectRecord.builder(page, "0".repeat(64), Layout.C).title("Ett projekt").ownerName(owner);
    }

    private ResolvedProject resolve(ProjectResolver resolver, ProjectRecord.Builder b) {
        return resolver.resolve(b.build(), problems);
    }

    private OrgDecision owner(ResolvedProject p) {
        return p.decisions(Role.OWNER).get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Stockholms stad|municipality/0180|MUNICIPALITY|municipality-name",
        "Luleå kommun|municipality/2580|MUNICIPALITY|municipality-name",
        "Migrationsverket|organisation/migrationsverket|NATIONAL_AGENCY|alias-file",
        "Försäkringskassan|organisation/forsakringskassan|NATIONAL_AGENCY|alias-file",
        "Länsstyrelsen i Norrbottens län|organisation/lansstyrelsen-norrbotten|COUNTY_ADMINISTRATIVE_BOARD|county-administrative-board",
        "Länsstyrelsen Skåne|organisation/lansstyrelsen-skane|COUNTY_ADMINISTRATIVE_BOARD|county-administrative-board",
        "Länsstyrelsen i Skåne län|organisation/lansstyrelsen-skane|COUNTY_ADMINISTRATIVE_BOARD|county-administrative-board",
        "Skaraborgs Kommunalförbund|organisation/skaraborgs-kommunalforbund|MUNICIPAL_ASSOCIATION|municipal-association-name",
        "Samordningsförbundet Västra Östergötland|organisation/samordningsforbundet-vastra-ostergotland|COORDINATION_ASSOCIATION|coordination-association-name",
        "Umeå samordningsförbund|organisation/umea-samordningsforbund|COORDINATION_ASSOCIATION|coordination-association-name",
        "Fellingsbro folkhögskola|organisation/fellingsbro-folkhogskola|FOLK_HIGH_SCHOOL|folk-high-school-name",
        "Studieförbundet Vuxenskolan|organisation/studieforbundet-vuxenskolan|STUDY_ASSOCIATION|alias-file",
        "Studieförbundet Bildning i Norr|organisation/studieforbundet-bildning-i-norr|STUDY_ASSOCIATION|study-association-name",
        "Exempelbolaget AB|organisation/exempelbolaget-ab|COMPANY|company-name",
        "Region Skåne|organisation/region-skane|REGION|region-name",
        "Region Norrbotten|organisation/region-norrbotten|REGION|region-name",
        "Västerbottens läns Landsting|organisation/region-vasterbotten|REGION|region-name",
        "Landstinget i Värmland|organisation/region-varmland|REGION|region-name",
        "Region Gotland|municipality/0980|MUNICIPALITY|alias-file"})
    void ownersOfEveryKind(String name, String id, OrgKind kind, String rule) {
        ResolvedProject p = resolve(Seeds.RESOLVER, project(name));
        assertThat(owner(p)).extracting(OrgDecision::organisationId, OrgDecision::rule).containsExactly(id, rule);
        assertThat(p.organisation(id)).map(Organisation::kind).contains(kind);
        assertThat(p.organisations()).hasSize(1);
    }

    @Test
    void municipalityOwnerIsTheOwnerMunicipalityButAnAssociationIsNot() {
        assertThat(resolve(Seeds.RESOLVER, project("Stockholms stad")).ownerMunicipality())
                .map(Municipality::code).contains("0180");
        assertThat(resolve(Seeds.RESOLVER, project("Skaraborgs Kommunalförbund")).ownerMunicipality()).isEmpty();
    }

    @Test
    void departmentQualifiedByItsMunicipality() {
        ResolvedProject p = resolve(Seeds.RESOLVER, project("Luleå kommun, Arbetsmarknadsförvaltningen")
                .addPartner(new ListItem("Socialförvaltningen", page.at(40, "Samarbetspartners"))));
        assertThat(p.ownerMunicipality()).map(Municipality::code).contains("2580");
        assertThat(p.decisions()).extracting(OrgDecision::organisationId, OrgDecision::rule).containsExactly(
                tuple("organisation/municipality-2580/arbetsmarknadsforvaltningen", "municipal-department-named-municipality"),
                tuple("organisation/municipality-2580/socialforvaltningen", "municipal-department-by-owner-name"));
        assertThat(p.organisation("organisation/municipality-2580/arbetsmarknadsforvaltningen"))
                .map(Organisation::parentId).contains(java.util.Optional.of("municipality/2580"));
        assertThat(p.organisation("organisation/municipality-2580/arbetsmarknadsforvaltningen"))
                .as("the unit is named by its own name; its municipality is its parent")
                .map(Organisation::name).contains("Arbetsmarknadsförvaltningen");
        assertThat(p.organisations()).extracting(Organisation::id).startsWith("municipality/2580");
    }

    @Test
    void ownerWrittenTwiceIsOneOwner() {
        ResolvedProject p = resolve(Seeds.RESOLVER,
                project("Luleå kommun, Arbetsmarknadsförvaltningen, Luleå kommun, Arbetsmarknadsförvaltningen"));
        assertThat(owner(p).organisationId()).isEqualTo("organisation/municipality-2580/arbetsmarknadsforvaltningen");
        assertThat(p.organisations()).hasSize(2);
    }

    @Test
    void regionUnit() {
        ResolvedProject p = resolve(Seeds.RESOLVER, project("Region Norrbotten, Regional utveckling"));
        assertThat(owner(p)).extracting(OrgDecision::organisationId, OrgDecision::rule)
                .containsExactly("organisation/region-norrbotten/regional-utveckling", "region-unit");
        assertThat(p.organisation("organisation/region-norrbotten/regional-utveckling").orElseThrow())
                .extracting(Organisation::kind, Organisation::parentId)
                .containsExactly(OrgKind.REGION_UNIT, java.util.Optional.of("organisation/region-norrbotten"));
        assertThat(p.organisation("organisation/region-norrbotten")).isPresent();
    }

    @Test
    void organisationNumberGoesOnTheOwner() {
        ResolvedProject p = resolve(Seeds.RESOLVER, project("Luleå kommun").ownerOrgNumber("212000-2627")
                .addPartner(new ListItem("Luleå kommun", page.at(40, "Samarbetspartners"))));
        assertThat(p.organisation("municipality/2580").orElseThrow().orgNumber()).contains("212000-2627");
        assertThat(p.organisations()).hasSize(1);
    }

    @Test
    void unknownOwnerWithOrganisationNumberIsIdentifiedByIt() {
        ResolvedProject p = resolve(Seeds.RESOLVER,
                ProjectRecord.builder(new SourceLocation("export.csv", 3, "row"), "0".repeat(64), Layout.D).title("T")
                        .ownerName("Exempelkommunen").ownerOrgNumber("212000-0000"));
        assertThat(owner(p)).extracting(OrgDecision::organisationId, OrgDecision::rule)
                .containsExactly("organisation/orgnr-212000-0000", "unresolved-own-organisation");
        assertThat(p.organisations().get(0).kind()).isEqualTo(OrgKind.OTHER);
    }

    @Test
    void unknownNamesStayTheirOwnScopedToThePage() {
        ResolvedProject p = resolve(Seeds.RESOLVER, project("Bergslagens Kompetenscentrum"));
        assertThat(owner(p)).extracting(OrgDecision::organisationId, OrgDecision::rule).containsExactly(
                "organisation/source-page-c/bergslagens-kompetenscentrum", "unresolved-own-organisation");
        assertThat(p.ownerMunicipality()).isEmpty();
    }

    @Test
    void departmentWithoutAnyMunicipalityWarnsAndIsNotGuessed() {
        ResolvedProject p = resolve(Seeds.RESOLVER, project("Socialförvaltningen").contactEmail("a@example.se"));
        assertThat(owner(p)).extracting(OrgDecision::organisationId, OrgDecision::rule).containsExactly(
                "organisation/source-page-c/socialforvaltningen", "unresolved-own-organisation");
        assertThat(problems.problems()).singleElement().extracting(x -> x.message()).asString()
                .contains("Socialförvaltningen").contains("without a known municipality");
    }

    @Test
    void unknownKommunItemWarnsWithItsLine() {
        ResolvedProject p = resolve(Seeds.RESOLVER, project("Arbetsmarknadsenheten")
                .addMunicipality(new ListItem("Norrland", page.at(77, "Kommun"))));
        assertThat(p.municipalities()).isEmpty();
        assertThat(problems.problems()).extracting(Object::toString)
                .contains("warning: unknown municipality \"Norrland\" [page-c.txt:77, Kommun]");
    }

    @Test
    void userAliasFileWinsAndCanNameUnits(@TempDir Path dir) throws IOException {
        Path aliases = dir.resolve("my-aliases.csv");
        Files.writeString(aliases, """
                name,id,label,kind,parent,units
                # the local office of Försäkringskassan in Lycksele
                Lycksele lokalkontor,organisation/forsakringskassan/lycksele,Försäkringskassan Lycksele,AGENCY_UNIT,organisation/forsakringskassan,
                Psykiatriska kliniken,organisation/region-vasterbotten/psykiatriska-kliniken-lycksele,Psykiatriska kliniken Lycksele,REGION_UNIT,organisation/region-vasterbotten,
                Region Västerbotten,organisation/region-vasterbotten,Region Västerbotten,REGION,,REGION_UNIT
                """);
        ProjectResolver resolver = ProjectResolver.of(Knowledge.SHIPPED).withAliases(aliases);
        ResolvedProject p = resolver.resolve(Seeds.read("000_05dbab979be8d6ed.txt"), problems);
        assertThat(p.decisions(Role.PARTNER)).extracting(OrgDecision::nameAsWritten, OrgDecision::organisationId,
                OrgDecision::rule).contains(
                tuple("Lycksele lokalkontor", "organisation/forsakringskassan/lycksele", "user-alias-file"),
                tuple("Psykiatriska kliniken", "organisation/region-vasterbotten/psykiatriska-kliniken-lycksele",
                        "user-alias-file"));
        assertThat(p.organisation("organisation/forsakringskassan")).map(Organisation::kind)
                .contains(OrgKind.NATIONAL_AGENCY);
        assertThat(p.organisation("organisation/region-vasterbotten")).isPresent();
        // the defaults are untouched
        assertThat(Seeds.RESOLVER.resolve(Seeds.read("000_05dbab979be8d6ed.txt"), problems).decisions(Role.PARTNER))
                .extracting(OrgDecision::rule).contains("unresolved-own-organisation");
    }

    @Test
    void badUserAliasRowNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path aliases = dir.resolve("bad.csv");
        Files.writeString(aliases, "name,id,label,kind,parent,units\nX,organisation/x,X,NO_SUCH_KIND,,\n");
        assertThatThrownBy(() -> ProjectResolver.of(Knowledge.SHIPPED).withAliases(aliases))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown kind").hasMessageContaining("bad.csv:2");
        Files.writeString(aliases, "name,id,label,kind,parent,units\nX,organisation/x/y,X,AGENCY_UNIT,organisation/nowhere,\n");
        assertThatThrownBy(() -> ProjectResolver.of(Knowledge.SHIPPED).withAliases(aliases))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organisation/nowhere");
    }
}
