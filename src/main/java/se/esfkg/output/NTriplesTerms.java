package se.esfkg.output;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * A term in its N-Triples form, exactly as Jena's {@link NodeFmtLib#strNT(Node)} writes it. Jena
 * writes through an indented writer one character at a time, which made formatting the largest
 * single cost of writing a dump; the terms a page is made of almost always need no escaping, and
 * for them the form is a concatenation. Anything that might need escaping goes to Jena.
 */
public final class NTriplesTerms {

    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private NTriplesTerms() {
    }

    /** A quad as one N-Quads statement without its line end, as {@link NodeFmtLib#strNQ(Quad)} writes it. */
    public static String quad(Quad quad) {
        if (quad.isTriple() || quad.isDefaultGraph()) {
            return NodeFmtLib.strNQ(quad);
        }
        return of(quad.getSubject()) + " " + of(quad.getPredicate()) + " " + of(quad.getObject()) + " "
                + of(quad.getGraph()) + " .";
    }

    public static String of(Node node) {
        if (node.isURI()) {
            String iri = node.getURI();
            return safeInIri(iri) ? "<" + iri + ">" : NodeFmtLib.strNT(node);
        }
        if (node.isLiteral() && node.getLiteralBaseDirection() == null) {
            String lexical = node.getLiteralLexicalForm();
            if (!safeInString(lexical)) {
                return NodeFmtLib.strNT(node);
            }
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return safeInLanguageTag(lang) ? "\"" + lexical + "\"@" + lang : NodeFmtLib.strNT(node);
            }
            String datatype = node.getLiteralDatatypeURI();
            if (XSD_STRING.equals(datatype)) {
                return "\"" + lexical + "\"";
            }
            return safeInIri(datatype) ? "\"" + lexical + "\"^^<" + datatype + ">" : NodeFmtLib.strNT(node);
        }
        return NodeFmtLib.strNT(node);
    }

    /** Printable ASCII other than the characters N-Triples forbids in an IRI reference. */
    private static boolean safeInIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|'
                    || c == '^' || c == '`' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** No quote, backslash or control character: the text stands between the quotes as it is. */
    private static boolean safeInString(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == '"' || c == '\\' || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean safeInLanguageTag(String lang) {
        for (int i = 0; i < lang.length(); i++) {
            char c = lang.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
