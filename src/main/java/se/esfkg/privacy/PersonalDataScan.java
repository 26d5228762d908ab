package se.esfkg.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

import se.esfkg.problem.Problem;
import se.esfkg.problem.ProblemReporter;
import se.esfkg.problem.Severity;
import se.esfkg.problem.SourceLocation;

/**
 * The last look at everything a run writes, for a person's e-mail address or a Swedish telephone
 * number that came through under a label nobody foresaw. Each hit is replaced ({@link #EMAIL_MARK},
 * {@link #PHONE_MARK}) and reported at the page's line, without the value. An organisation's or a
 * function's address is not personal and stays: one whose local part names a function
 * ({@code info@}, {@code registrator@}, {@code kontakt@} …, {@link #FUNCTION_MAILBOXES}) and the
 * addresses given as exempt (the catalog's contact). A run that asks for personal data
 * ({@code --include-personal-data}) does not scan. docs/reliability.md states the rule.
 */
public final class PersonalDataScan {

    public static final String EMAIL_MARK = "[e-postadress borttagen]";
    public static final String PHONE_MARK = "[telefonnummer borttaget]";

    /** Local parts of organisation and function mailboxes, lower case, without separators. */
    public static final Set<String> FUNCTION_MAILBOXES = Set.of("info", "information", "registrator", "registrar",
            "registratur", "diarium", "kontakt", "kontaktcenter", "contact", "kommun", "kommunen", "post", "epost",
            "mail", "esf", "esfradet", "support", "kundtjanst", "kundservice", "noreply", "admin", "webmaster",
            "reception", "vaxel", "office", "press", "ekonomi", "kansli", "servicecenter", "medborgarservice");

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){1,8}");
    /**
     * A Swedish number as people write it: {@code 0} or {@code +46} / {@code 0046}, an area code and
     * 5–8 more digits, grouped by spaces or one dash ({@code 0142-854 81}, {@code 070-123 45 67},
     * {@code +46 8 123 456 78}). Not preceded by a digit, {@code /} or {@code -} (a case number's tail).
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{L}\\p{N}/-])(?:(?:\\+|00)46[ -]?(?:\\(0\\)[ -]?)?[1-9]|0[1-9])\\d{0,2}(?:[ -]?\\d){5,8}(?![\\p{L}\\p{N}])");

    private final Set<String> exemptAddresses;

    private PersonalDataScan(Set<String> exemptAddresses) {
        this.exemptAddresses = exemptAddresses.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** A scan that lets the function mailboxes and {@code exemptAddresses} (the catalog contact) through. */
    public static PersonalDataScan exempting(Set<String> exemptAddresses) {
        return new PersonalDataScan(exemptAddresses);
    }

    /** What was found in one text: the text with each hit replaced, and how many of each. */
    public record Result(String text, int emails, int phones) {
        public boolean found() {
            return emails + phones > 0;
        }
    }

    public Result scan(String text) {
        if (text.indexOf('@') < 0 && !mayHoldPhone(text)) {
            return new Result(text, 0, 0);
        }
        int[] emails = {0};
        String out = EMAIL.matcher(text).replaceAll(m -> {
            if (isPersonal(m.group())) {
                emails[0]++;
                return Matcher.quoteReplacement(EMAIL_MARK);
            }
            return Matcher.quoteReplacement(m.group());
        });
        int[] phones = {0};
        out = PHONE.matcher(out).replaceAll(m -> {
            phones[0]++;
            return Matcher.quoteReplacement(PHONE_MARK);
        });
        return new Result(out, emails[0], phones[0]);
    }

    /** {@code text} with every personal address and number replaced. */
    public String redact(String text) {
        return scan(text).text();
    }

    /** Whether {@code address} is a person's, not an organisation's or a function's. */
    public boolean isPersonal(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        if (exemptAddresses.contains(a)) {
            return false;
        }
        String local = a.substring(0, a.indexOf('@')).replaceAll("[._+-]", "");
        return !FUNCTION_MAILBOXES.contains(local);
    }

    /**
     * {@code graph} with every literal redacted, and every {@code mailto:} or {@code tel:} IRI of a
     * person left out; each hit is a warning at {@code page} naming the property, never the value.
     */
    public Graph redact(Graph graph, SourceLocation page, ProblemReporter problems) {
        List<Triple> changed = new ArrayList<>();
        List<Triple> replacements = new ArrayList<>();
        graph.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && isText(o)) {
                Result r = scan(o.getLiteralLexicalForm());
                if (r.found()) {
                    changed.add(t);
                    replacements.add(Triple.create(t.getSubject(), t.getPredicate(), relabel(o, r.text())));
                    report(problems, page, t.getPredicate(), r.emails(), r.phones());
                }
            } else if (o.isURI() && personalContactIri(o.getURI())) {
                changed.add(t);
                report(problems, page, t.getPredicate(), o.getURI().startsWith("mailto:") ? 1 : 0,
                        o.getURI().startsWith("tel:") ? 1 : 0);
            }
        });
        if (changed.isEmpty()) {
            return graph;
        }
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        graph.find().forEachRemaining(out::add);
        changed.forEach(out::delete);
        replacements.forEach(out::add);
        return out;
    }

    /** A reporter that passes each problem on with its message redacted: no log line carries a hit. */
    public ProblemReporter redacting(ProblemReporter next) {
        return p -> {
            Result r = scan(p.message());
            next.report(r.found() ? new Problem(p.severity(), p.location(), r.text()) : p);
        };
    }

    private boolean personalContactIri(String iri) {
        if (iri.startsWith("mailto:")) {
            String address = iri.substring("mailto:".length());
            return address.contains("@") && isPersonal(address);
        }
        return iri.startsWith("tel:");
    }

    /** Only text is scanned: a number, date or hash (a typed or {@code esf:sha256} value) holds no contact. */
    private static boolean isText(Node literal) {
        String type = literal.getLiteralDatatypeURI();
        return type == null || type.equals(XSD_STRING) || type.equals(RDF_LANG_STRING);
    }

    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static final String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    private static Node relabel(Node literal, String text) {
        String lang = literal.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return NodeFactory.createLiteralLang(text, lang);
        }
        return NodeFactory.createLiteralString(text);
    }

    private static void report(ProblemReporter problems, SourceLocation page, Node property, int emails, int phones) {
        List<String> what = new ArrayList<>();
        if (emails > 0) {
            what.add(emails + " personal e-mail address" + (emails > 1 ? "es" : ""));
        }
        if (phones > 0) {
            what.add(phones + " telephone number" + (phones > 1 ? "s" : ""));
        }
        problems.report(new Problem(Severity.WARNING, page, "redacted " + String.join(" and ", what) + " from <"
                + property.getURI() + "> (personal data is published only with --include-personal-data)"));
    }

    private static boolean mayHoldPhone(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i)) && ++digits >= 7) {
                return true;
            }
        }
        return false;
    }
}
