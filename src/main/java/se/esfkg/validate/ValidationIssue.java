package se.esfkg.validate;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * One SHACL result: what is wrong ({@code message}), where ({@code focusNode}, {@code path}) and
 * with which value, if the constraint names one.
 *
 * @param severity  how bad it is
 * @param focusNode the resource the issue is about
 * @param path      the property path in SPARQL syntax with the usual prefixes ({@code esf:sha256},
 *                  {@code ^esf:hasSection}), or {@code null} for a node-level constraint
 * @param value     the offending value, or {@code null}
 * @param message   a message for people
 * @param component the SHACL constraint component without its namespace ({@code MinCountConstraintComponent})
 */
public record ValidationIssue(Severity severity, Node focusNode, String path, Node value, String message,
        String component) {

    /** SHACL's three severities, most severe first. */
    public enum Severity {
        VIOLATION("Violation"), WARNING("Warning"), INFO("Info");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ValidationIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(focusNode, "focusNode");
        Objects.requireNonNull(message, "message");
    }

    public boolean isViolation() {
        return severity == Severity.VIOLATION;
    }

    /**
     * One line, focus node first:
     * {@code <https://…/source/x> [Violation] esf:sha256 = "abc": A source record needs …}.
     */
    public String format(PrefixMapping prefixes) {
        StringBuilder line = new StringBuilder();
        line.append(focusNode.isURI() ? "<" + focusNode.getURI() + ">" : FmtUtils.stringForNode(focusNode, prefixes));
        line.append(" [").append(severity.label()).append(']');
        if (path != null) {
            line.append(' ').append(path);
        }
        if (value != null) {
            line.append(path == null ? " " : " = ").append(FmtUtils.stringForNode(value, prefixes));
        }
        line.append(": ").append(message);
        return line.toString().replace('\n', ' ');
    }
}
