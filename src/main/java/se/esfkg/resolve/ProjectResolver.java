package se.esfkg.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.parse.ListItem;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.problem.ProblemReporter;
import se.esfkg.problem.SourceLocation;
import se.esfkg.resolve.organisation.MunicipalContext;
import se.esfkg.resolve.organisation.OrganisationResolver;
import se.esfkg.resolve.organisation.PageEvidence;
import se.esfkg.resolve.organisation.Resolution;
import se.esfkg.text.Slugs;

/**
 * Resolves a {@link ProjectRecord}'s names (region, owner, co-financers, partners, Kommun list,
 * municipalities named in the text) to stable identifiers. The rules are described in
 * docs/resolution.md; what they know comes from the data files in {@code resolve/}, and users add
 * organisation aliases with {@link #withAliases(Path)} in the format of {@code resolve/organisations.csv}.
 * Instances are immutable and safe to share between threads.
 */
public final class ProjectResolver {

    private final MunicipalityResolver municipalities;
    private final RegionResolver regions;
    private final OrganisationResolver organisations;
    private final MunicipalityMentionFinder mentions;

    private ProjectResolver(MunicipalityResolver municipalities, RegionResolver regions,
            OrganisationResolver organisations, MunicipalityMentionFinder mentions) {
        this.municipalities = municipalities;
        this.regions = regions;
        this.organisations = organisations;
        this.mentions = mentions;
    }

    /** The resolver with what the knowledge base knows and no user aliases. */
    public static ProjectResolver of(KnowledgeBase knowledge) {
        ReferenceData reference = ReferenceData.from(knowledge);
        MunicipalityResolver m = new MunicipalityResolver(reference, knowledge);
        return new ProjectResolver(m, new RegionResolver(reference, knowledge), OrganisationResolver.of(knowledge, m),
                new MunicipalityMentionFinder(m, knowledge));
    }

    /**
     * A resolver that also reads the user's alias file (same columns as {@code resolve/organisations.csv}).
     * Its rows win over the built-in ones and over every rule; a later file wins over an earlier one.
     *
     * @throws IllegalArgumentException naming file and line for a bad row (unknown kind, bad id, unknown parent)
     */
    public ProjectResolver withAliases(Path file) {
        return new ProjectResolver(municipalities, regions, organisations.withAliases(file), mentions);
    }

    public MunicipalityResolver municipalities() {
        return municipalities;
    }

    public RegionResolver regions() {
        return regions;
    }

    public MunicipalityMentionFinder mentionFinder() {
        return mentions;
    }

    public ResolvedProject resolve(ProjectRecord record, ProblemReporter problems) {
        Optional<EsfRegion> region = record.region()
                .flatMap(v -> regions.resolve(v, record.locationOf("Region"), problems));

        List<Municipality> declared = new ArrayList<>();
        for (ListItem item : record.municipalities()) {
            Optional<Municipality> m = municipalities.resolve(item.text());
            if (m.isEmpty()) {
                problems.warning(item.location(), "unknown municipality \"" + item.text() + "\"");
            } else if (!declared.contains(m.get())) {
                declared.add(m.get());
            }
        }

        Page page = new Page(record, problems, scope(record));
        Optional<MunicipalContext> pageContext = declared.size() == 1
                ? Optional.of(MunicipalContext.kommunList(declared.get(0)))
                : record.contact().emailDomain().flatMap(municipalities::byEmailDomain).map(MunicipalContext::emailDomain)
                        .or(() -> record.ownerPostcode().flatMap(organisations::municipalityByPostalCode)
                                .map(MunicipalContext::postalCode));
        PageEvidence evidence = new PageEvidence(record.contact().emailDomain(), record.ownerPostcode(), region,
                record.contact().phone(), String.join("\n", record.sections().stream().map(s -> s.text()).toList()));

        Optional<Municipality> ownerMunicipality = Optional.empty();
        Optional<MunicipalContext> partnerContext = pageContext;
        if (record.ownerName().isPresent()) {
            Resolution owner = page.decide(Role.OWNER, record.ownerName().get(),
                    record.locationOf("Projektägare"), pageContext, evidence);
            ownerMunicipality = owner.organisation().municipalityCode().flatMap(municipalities.reference()::municipality);
            partnerContext = MunicipalContext.ofOwner(ownerMunicipality, owner).or(() -> pageContext);
        }
        for (ListItem item : record.coFinancers()) {
            page.decide(Role.CO_FINANCER, item.text(), item.location(), partnerContext);
        }
        for (ListItem item : record.partners()) {
            page.decide(Role.PARTNER, item.text(), item.location(), partnerContext);
        }

        List<MunicipalityMention> found = record.municipalities().isEmpty() ? mentions.find(record) : List.of();
        return new ResolvedProject(record, region, List.copyOf(page.organisations.values()), page.decisions,
                declared, found, ownerMunicipality);
    }

    /**
     * Names no rule resolves are scoped to their source record: the same words on two pages may be
     * two bodies ("Psykiatriska kliniken"), and an alias row can always join them later.
     */
    private static String scope(ProjectRecord record) {
        String stem = record.source().file().replaceFirst("\\.[^.]*$", "");
        String scope = "source-" + Slugs.of(stem);
        return record.layout().oneRecordPerRow() ? scope + "-line-" + record.source().line() : scope;
    }

    /** What one page has resolved so far: the same name always gets the same answer on a page. */
    private final class Page {
        final ProjectRecord record;
        final ProblemReporter problems;
        final String scope;
        final Map<String, Organisation> organisations = new LinkedHashMap<>();
        final List<OrgDecision> decisions = new ArrayList<>();
        final Map<String, Resolution> byName = new HashMap<>();

        Page(ProjectRecord record, ProblemReporter problems, String scope) {
            this.record = record;
            this.problems = problems;
            this.scope = scope;
        }

        Resolution decide(Role role, String name, SourceLocation at, Optional<MunicipalContext> context) {
            return decide(role, name, at, context, PageEvidence.NONE);
        }

        Resolution decide(Role role, String name, SourceLocation at, Optional<MunicipalContext> context,
                PageEvidence evidence) {
            String key = Names.key(ProjectResolver.this.organisations.normalised(name));
            Resolution r = byName.get(key);
            if (r == null) {
                r = ProjectResolver.this.organisations.resolve(name, context, scope, evidence);
                if (role == Role.OWNER && record.ownerOrgNumber().isPresent()) {
                    r = withOrgNumber(r, record.ownerOrgNumber().get());
                }
                if (r.unresolved() && ProjectResolver.this.organisations.isDepartmentName(name)) {
                    problems.warning(at, "municipal department \"" + name + "\" without a known municipality"
                            + " (no single Kommun entry, no municipal e-mail domain); kept as an organisation of its own");
                } else if (r.unresolved() && role == Role.OWNER) {
                    problems.warning(at, "owner \"" + name + "\" of " + record.source().file()
                            + " matches no known organisation; kept as an organisation of its own");
                }
                if (r.countyUnknown()) {
                    problems.warning(at, "owner \"" + name + "\" of " + record.source().file()
                            + " is a county administrative board, county unknown: the page names no county,"
                            + " town, postal code or area code that tells it");
                }
                byName.put(key, r);
            }
            r.parents().forEach(this::add);
            add(r.organisation());
            decisions.add(new OrgDecision(role, Names.clean(name), at, r.organisation().id(), r.rule(), r.evidence()));
            return r;
        }

        private Resolution withOrgNumber(Resolution r, String orgNumber) {
            Organisation o = r.organisation();
            // The organisation number identifies an owner no rule knows better than any page scope can.
            String id = r.unresolved()
                    ? "organisation/orgnr-" + Slugs.of(orgNumber) : o.id();
            return new Resolution(new Organisation(id, o.name(), o.kind(), o.parentId(), o.municipalityCode(),
                    Optional.of(orgNumber), o.wikidata()), r.parents(), r.rule(), r.evidence());
        }

        private void add(Organisation o) {
            Organisation existing = organisations.get(o.id());
            if (existing == null) {
                organisations.put(o.id(), o);
            } else if (existing.orgNumber().isEmpty() && o.orgNumber().isPresent()) {
                organisations.put(o.id(), new Organisation(existing.id(), existing.name(), existing.kind(),
                        existing.parentId(), existing.municipalityCode(), o.orgNumber(), existing.wikidata()));
            }
        }
    }
}
