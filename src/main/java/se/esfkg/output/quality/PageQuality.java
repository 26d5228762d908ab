package se.esfkg.output.quality;

import java.util.List;
import java.util.Objects;

/**
 * What the reader made of one source record, for the quality report: which of the fields an
 * operator looks for it found, what it warned about, whom it could not identify and how sure each
 * classification is. A page left out has status {@link Status#REJECTED} and no fields.
 */
public record PageQuality(String file, int line, String layout, Status status, String title, String project,
        List<String> found, List<String> missing, List<Warning> warnings, List<String> unresolvedOrganisations,
        List<String> unknownHeadings, List<Classified> classifications) {

    public enum Status {
        CONVERTED("converted"), REJECTED("rejected");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** A warning or error at its line and field, its text already cleared of personal data. */
    public record Warning(String severity, int line, String field, String message) {
        public Warning {
            Objects.requireNonNull(message, "message");
            field = field == null ? "" : field;
        }
    }

    /** A concept the classifier gave the page ({@code cooperation-model/cross-professional-team}) and its confidence. */
    public record Classified(String concept, String confidence) {
    }

    public PageQuality {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        layout = layout == null ? "" : layout;
        title = title == null ? "" : title;
        project = project == null ? "" : project;
        found = List.copyOf(found);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
        unresolvedOrganisations = List.copyOf(unresolvedOrganisations);
        unknownHeadings = List.copyOf(unknownHeadings);
        classifications = List.copyOf(classifications);
    }

    public boolean converted() {
        return status == Status.CONVERTED;
    }
}
