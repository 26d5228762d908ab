package se.esfkg.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.parse.layouta.LayoutAParser;
import se.esfkg.problem.CollectingProblemReporter;
import se.esfkg.source.SourceReader;
import se.esfkg.testing.Knowledge;

/** Reads a seed page with the layout A reader, as the pipeline does. */
final class Seeds {

    static final ProjectResolver RESOLVER = ProjectResolver.of(Knowledge.SHIPPED);

    private Seeds() {
    }

    static ProjectRecord read(String file) {
        List<ProjectRecord> list = new ArrayList<>();
        new LayoutAParser().parse(SourceReader.read(Path.of("seeds", file)), list::add,
                new CollectingProblemReporter());
        return list.get(0);
    }

    /** The record as a layout without a Kommun list would give it. */
    static ProjectRecord withoutKommunList(ProjectRecord r) {
        return new ProjectRecord(r.source(), r.title(), r.caseNumber(), r.projectNumber(), r.call(),
                r.programmeArea(), r.specificObjective(), r.phase(), r.interventionType(), r.ownerName(),
                r.ownerOrgNumber(), r.ownerCity(), r.ownerPostcode(), r.contact(), r.esfGrant(), r.totalBudget(),
                r.euCofinancingRate(), r.startDate(), r.endDate(), r.region(), r.plannedParticipants(),
                r.programmeCci(), r.fund(), r.evaluationReport(), r.sections(), r.coFinancers(), r.partners(),
                List.of(), r.fieldLocations());
    }
}
