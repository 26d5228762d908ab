package se.esfkg.web.resource;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

import se.esfkg.map.Esf;

/** Literals for people: amounts in kronor, percentages, dates and numbers in the reader's locale. */
final class ValueFormatter {

    private static final Set<Node> AMOUNTS = Set.of(Esf.esfGrant, Esf.totalBudget);

    private final Locale locale;

    ValueFormatter(Locale locale) {
        this.locale = locale;
    }

    String format(Node literal, Node property) {
        String lexical = literal.getLiteralLexicalForm();
        String type = literal.getLiteralDatatypeURI();
        try {
            if (AMOUNTS.contains(property)) {
                NumberFormat n = NumberFormat.getNumberInstance(locale);
                n.setMaximumFractionDigits(2);
                return n.format(new BigDecimal(lexical)) + " kr";
            }
            if (Esf.euCofinancingRate.equals(property)) {
                return NumberFormat.getNumberInstance(locale).format(new BigDecimal(lexical)) + " %";
            }
            if (XSDDatatype.XSDdate.getURI().equals(type)) {
                return LocalDate.parse(lexical).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            }
            if (XSDDatatype.XSDinteger.getURI().equals(type) || XSDDatatype.XSDdecimal.getURI().equals(type)) {
                return NumberFormat.getNumberInstance(locale).format(new BigDecimal(lexical));
            }
            if (XSDDatatype.XSDboolean.getURI().equals(type)) {
                boolean yes = Boolean.parseBoolean(lexical);
                return "sv".equals(locale.getLanguage()) ? (yes ? "ja" : "nej") : (yes ? "yes" : "no");
            }
        } catch (RuntimeException e) {
            // An ill-typed literal is shown as written.
        }
        return lexical;
    }
}
