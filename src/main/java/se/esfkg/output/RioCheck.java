package se.esfkg.output;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.common.net.ParsedIRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * Re-reads a dump with RDF4J Rio, a parser independent of the Jena writers that made it, and
 * streams its statements to a handler (by default only counting them).
 */
public final class RioCheck {

    private RioCheck() {
    }

    public static long countStatements(Path file, RdfSyntax format) {
        long[] count = {0};
        parse(file, format, new AbstractRDFHandler() {
            @Override
            public void handleStatement(Statement st) {
                count[0]++;
            }
        });
        return count[0];
    }

    /**
     * Re-reads a page's N-Quads lines, the lines the line-based dumps are made of; fails, naming the
     * page's graph, when Rio rejects them or reads another number of statements. Every line is
     * parsed: for the static graphs and tests. Pages go through {@link Terms#check(SortedPage)}.
     */
    public static void check(SortedPage page) {
        StringBuilder lines = new StringBuilder(page.size() * 160);
        for (String statement : page.statements()) {
            lines.append(statement).append(' ').append(page.graphNameForm()).append(" .\n");
        }
        reRead(page.graphNameForm(), lines, page.size());
    }

    private static void reRead(String graphNameForm, CharSequence lines, long expected) {
        long[] count = {0};
        RDFParser parser = Rio.createParser(RdfSyntax.NQUADS.rioFormat());
        parser.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(Statement st) {
                count[0]++;
            }
        });
        try {
            parser.parse(new StringReader(lines.toString()), "");
        } catch (IOException | RDFParseException e) {
            throw new IllegalStateException("RDF4J Rio cannot re-read the N-Quads of graph " + graphNameForm
                    + ": " + e.getMessage(), e);
        }
        if (count[0] != expected) {
            throw new IllegalStateException("RDF4J Rio read " + count[0] + " statements from the N-Quads of graph "
                    + graphNameForm + ", " + expected + " were written");
        }
    }

    /**
     * Rio's judgement of a page's lines at the cost of its distinct terms. A line of a line-based dump
     * is its terms' N-Triples forms ({@link NTriplesTerms}) joined by single spaces and ended by
     * {@code " .\n"}; N-Quads reads each term on its own, so a line parses as one statement exactly
     * when each of its terms parses in its place. What Rio can reject in our lines is therefore a
     * term: an IRI that is not RFC 3987 ({@code ParsedIRI}), a malformed language tag, a form that
     * breaks the line. Each distinct term of a page is given to Rio once, in a line of its own with
     * fixed IRIs around it, and the page's graph name once; a term of the {@code proven} set (the terms of
     * graphs re-read whole, such as the ontology and the reference data) is not given again. The
     * predicates, classes, concepts and places that every page repeats are such terms, so a page
     * costs Rio its own IRIs and literals rather than three terms for each of its triples. An IRI
     * minted under the run's {@code base} from unreserved characters, slashes and percent-encodings
     * alone is valid by RFC 3987's grammar once the base is (a path of segments of {@code iunreserved}
     * and {@code pct-encoded} after it), and is not
     * given either; the base itself is given to Rio's IRI parser when the check is made.
     */
    public static final class Terms {

        private static final String SUBJECT = "<urn:esf-kg:rio-check:s>";
        private static final String PREDICATE = "<urn:esf-kg:rio-check:p>";
        private static final String OBJECT = "<urn:esf-kg:rio-check:o>";

        private final Set<Node> proven;
        private final String base;

        /** {@code proven}: terms whose forms Rio has read already; held as given, never changed. */
        public Terms(Set<Node> proven) {
            this(proven, null);
        }

        /**
         * As above; and IRIs under {@code base} made of unreserved characters and slashes are valid
         * when the base is: an absolute IRI, read by Rio's IRI parser, ending in a slash, with no query
         * or fragment. Any other base rules nothing out.
         */
        public Terms(Set<Node> proven, String base) {
            this.proven = Set.copyOf(proven);
            this.base = base != null && aPathMayFollow(base) ? base : null;
        }

        private static boolean aPathMayFollow(String base) {
            try {
                ParsedIRI iri = new ParsedIRI(base);
                return iri.isAbsolute() && iri.getHost() != null && base.endsWith("/")
                        && iri.getQuery() == null && iri.getFragment() == null && NTriplesTerms.of(
                                org.apache.jena.graph.NodeFactory.createURI(base)).equals("<" + base + ">");
            } catch (URISyntaxException e) {
                return false;
            }
        }

        /**
         * Under the base, then only letters and digits of ASCII, {@code - . _ ~ /} and percent signs
         * each followed by two hex digits ({@code pct-encoded}).
         */
        private boolean mintedUnderBase(String iri) {
            if (base == null || !iri.startsWith(base)) {
                return false;
            }
            for (int i = base.length(); i < iri.length(); i++) {
                char c = iri.charAt(i);
                if (c == '%') {
                    if (i + 2 >= iri.length() || !hex(iri.charAt(i + 1)) || !hex(iri.charAt(i + 2))) {
                        return false;
                    }
                    i += 2;
                } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
                        || c == '.' || c == '_' || c == '~' || c == '/')) {
                    return false;
                }
            }
            return true;
        }

        private static boolean hex(char c) {
            return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
        }

        /**
         * The terms of {@code graphs}, after {@link RioCheck#check(SortedPage)} has re-read each whole,
         * and IRIs minted under {@code base} (may be null: none).
         */
        public static Terms provenBy(Iterable<Graph> graphs, String base) {
            Set<Node> nodes = new HashSet<>();
            for (Graph g : graphs) {
                g.find().forEachRemaining(t -> {
                    nodes.add(t.getSubject());
                    nodes.add(t.getPredicate());
                    nodes.add(t.getObject());
                });
            }
            return new Terms(nodes, base);
        }

        public void check(SortedPage page) {
            boolean generalised = page.triples().stream()
                    .anyMatch(t -> t.getSubject().isLiteral() || !t.getPredicate().isURI());
            if (generalised) {
                // Not N-Quads at all: Rio reads the lines themselves and says where.
                RioCheck.check(page);
                return;
            }
            Set<Node> seen = new HashSet<>();
            StringBuilder lines = new StringBuilder(page.size() * 60);
            // The graph name is read once, in the first line; the others are triples of the default graph.
            lines.append(SUBJECT).append(' ').append(PREDICATE).append(' ').append(OBJECT).append(' ')
                    .append(page.graphNameForm()).append(" .\n");
            String tail = " .\n";
            int count = 1;
            for (Triple t : page.triples()) {
                count += line(t.getSubject(), seen, lines, tail);
                count += line(t.getPredicate(), seen, lines, tail);
                count += line(t.getObject(), seen, lines, tail);
            }
            reRead(page.graphNameForm(), lines, count);
        }

        private int line(Node term, Set<Node> seen, StringBuilder lines, String tail) {
            if (proven.contains(term) || !seen.add(term) || term.isURI() && mintedUnderBase(term.getURI())) {
                return 0;
            }
            String form = NTriplesTerms.of(term);
            if (term.isLiteral()) {
                lines.append(SUBJECT).append(' ').append(PREDICATE).append(' ').append(form);
            } else {
                lines.append(form).append(' ').append(PREDICATE).append(' ').append(OBJECT);
                if (term.isURI()) {
                    // As a predicate too: an IRI of the page may stand there.
                    lines.append(tail).append(SUBJECT).append(' ').append(form).append(' ').append(OBJECT);
                    lines.append(tail);
                    return 2;
                }
            }
            lines.append(tail);
            return 1;
        }
    }

    public static void parse(Path file, RdfSyntax format, RDFHandler handler) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = format.gzip() ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser parser = Rio.createParser(format.rioFormat());
            parser.setRDFHandler(handler);
            parser.parse(in, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
