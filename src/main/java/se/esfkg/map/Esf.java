package se.esfkg.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the ESF ontology ({@code ontology/esf.ttl}); see {@code docs/model.md}. */
public final class Esf {

    public static final String ONTOLOGY = "https://w3id.org/esf-kg/ontology";
    public static final String NS = ONTOLOGY + "#";
    /** Fixed concept schemes published with the ontology. */
    public static final String DEF = "https://w3id.org/esf-kg/def/";
    public static final String DEFAULT_BASE = "https://w3id.org/esf-kg/id/";

    public static final Node Project = term("Project");
    public static final Node SourceRecord = term("SourceRecord");
    public static final Node TextSection = term("TextSection");
    public static final Node ProjectRole = term("ProjectRole");
    public static final Node Municipality = term("Municipality");
    public static final Node County = term("County");
    public static final Node EsfRegion = term("EsfRegion");
    public static final Node Classification = term("Classification");
    public static final Node Evidence = term("Evidence");
    public static final Node MunicipalityMention = term("MunicipalityMention");

    public static final Node sha256 = term("sha256");
    public static final Node layout = term("layout");
    public static final Node sourceLine = term("sourceLine");
    public static final Node converterVersion = term("converterVersion");
    public static final Node caseNumber = term("caseNumber");
    public static final Node projectNumber = term("projectNumber");
    public static final Node programmeArea = term("programmeArea");
    public static final Node specificObjective = term("specificObjective");
    public static final Node interventionType = term("interventionType");
    public static final Node call = term("call");
    public static final Node phase = term("phase");
    public static final Node owner = term("owner");
    public static final Node partner = term("partner");
    public static final Node coFinancer = term("coFinancer");
    public static final Node hasRole = term("hasRole");
    public static final Node roleType = term("roleType");
    public static final Node nameAsWritten = term("nameAsWritten");
    public static final Node resolutionRule = term("resolutionRule");
    public static final Node esfGrant = term("esfGrant");
    public static final Node totalBudget = term("totalBudget");
    public static final Node euCofinancingRate = term("euCofinancingRate");
    public static final Node currency = term("currency");
    public static final Node region = term("region");
    public static final Node municipality = term("municipality");
    public static final Node mentionsMunicipality = term("mentionsMunicipality");
    public static final Node hasMention = term("hasMention");
    public static final Node mentionedMunicipality = term("mentionedMunicipality");
    public static final Node plannedParticipants = term("plannedParticipants");
    public static final Node hasSection = term("hasSection");
    public static final Node sectionType = term("sectionType");
    public static final Node order = term("order");
    public static final Node truncated = term("truncated");
    public static final Node cooperationModel = term("cooperationModel");
    public static final Node targetGroup = term("targetGroup");
    public static final Node hasClassification = term("hasClassification");
    public static final Node concept = term("concept");
    public static final Node hasEvidence = term("hasEvidence");
    public static final Node matchedPhrase = term("matchedPhrase");
    public static final Node quote = term("quote");
    public static final Node inSection = term("inSection");
    public static final Node rule = term("rule");
    public static final Node confidence = term("confidence");
    public static final Node partnerCountry = term("partnerCountry");
    public static final Node country = term("country");
    public static final Node hasCountryEvidence = term("hasCountryEvidence");
    public static final Node declaresNoTransnationalCooperation = term("declaresNoTransnationalCooperation");
    public static final Node hasNoTransnationalEvidence = term("hasNoTransnationalEvidence");
    public static final Node evaluationReport = term("evaluationReport");
    public static final Node programmeCci = term("programmeCci");
    public static final Node kohesioOperationId = term("kohesioOperationId");
    public static final Node fund = term("fund");
    public static final Node organisationType = term("organisationType");
    public static final Node organisationNumber = term("organisationNumber");
    public static final Node municipalityCode = term("municipalityCode");
    public static final Node countyCode = term("countyCode");
    public static final Node nuts3Code = term("nuts3Code");
    public static final Node nuts2Region = term("nuts2Region");
    public static final Node county = term("county");
    public static final Node nationalScope = term("nationalScope");
    /** The corpus statistics (derive.CorpusStatistics), computed over every page of a run. */
    public static final Node MunicipalityPair = term("MunicipalityPair");
    public static final Node BudgetTotals = term("BudgetTotals");
    public static final Node ProjectTally = term("ProjectTally");
    public static final Node pairMember = term("pairMember");
    public static final Node sharedPartner = term("sharedPartner");
    public static final Node sharedPartnerCount = term("sharedPartnerCount");
    public static final Node sharedOrganisation = term("sharedOrganisation");
    public static final Node sharedOrganisationCount = term("sharedOrganisationCount");
    public static final Node partnerMunicipality = term("partnerMunicipality");
    public static final Node partnerMunicipalityCount = term("partnerMunicipalityCount");
    public static final Node partnerName = term("partnerName");
    public static final Node totalsOf = term("totalsOf");
    public static final Node projectCount = term("projectCount");
    public static final Node esfGrantSum = term("esfGrantSum");
    public static final Node totalBudgetSum = term("totalBudgetSum");
    public static final Node countedBy = term("countedBy");
    public static final Node CorpusFigures = term("CorpusFigures");
    public static final Node organisationCount = term("organisationCount");
    public static final Node municipalityCount = term("municipalityCount");
    public static final Node startYear = term("startYear");
    public static final Node runningYear = term("runningYear");
    public static final Node sortKey = term("sortKey");
    public static final Node sortKeyPrefix = term("sortKeyPrefix");
    public static final Node OrganisationTally = term("OrganisationTally");
    /** Annotations of the classification concept data (ontology/cooperation-models.ttl, target-groups.ttl). */
    public static final Node matchRule = term("matchRule");
    public static final Node notApplicableLabel = term("notApplicableLabel");
    public static final Node cueLabel = term("cueLabel");
    public static final Node cueRequiredIn = term("cueRequiredIn");

    private Esf() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /** A fixed concept: {@code def("phase", "implementation")}. */
    public static Node def(String scheme, String id) {
        return NodeFactory.createURI(DEF + scheme + "/" + id);
    }

    public static Node scheme(String scheme) {
        return NodeFactory.createURI(DEF + scheme);
    }
}
