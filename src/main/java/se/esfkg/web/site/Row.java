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

    public BigDecimal decimal(String var) {
        String t = text(var);
        return t == null ? null : new BigDecimal(t);
    }

    public long integer(String var) {
        String t = text(var);
        return t == null ? 0 : new BigDecimal(t).longValueExact();
    }
}
