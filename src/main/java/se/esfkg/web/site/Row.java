package se.esfkg.web.site;

import java.math.BigDecimal;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** One result row, read by variable name; absent (unbound) values come back empty or null. */
public record Row(Binding binding) {

    public Optional<Node> node(String var) {
        return Optional.ofNullable(binding.get(Var.alloc(var)));
    }

    public String iri(String var) {
        return node(var).filter(Node::isURI).map(Node::getURI).orElse(null);
    }

    /** The lexical form of a literal, or the IRI, or null. */
    public String text(String var) {
        return node(var).map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : null)
                .orElse(null);
    }

    /** A number as written for people: TDB2's "221114.0" for an integral decimal reads as 221114. */
    public BigDecimal decimal(String var) {
        String t = text(var);
        if (t == null) {
            return null;
        }
        BigDecimal d = new BigDecimal(t).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    public long integer(String var) {
        String t = text(var);
        return t == null ? 0 : new BigDecimal(t).longValueExact();
    }
}
