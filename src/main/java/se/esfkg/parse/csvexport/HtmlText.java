package se.esfkg.parse.csvexport;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The export's summaries are HTML fragments; the record wants plain text. Each block element
 * (paragraph, list item, heading) becomes a paragraph, paragraphs are separated by a blank line,
 * {@code <br>} is a line break, and entities come out decoded because jsoup parses them.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Paragraphs out = new Paragraphs();
        NodeTraversor.traverse(out, body);
        out.flush();
        return String.join("\n\n", out.paragraphs);
    }

    private static final class Paragraphs implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.text());
            } else if (node instanceof Element e && e.normalName().equals("br")) {
                current.append('\n');
            } else if (startsParagraph(node, depth)) {
                flush();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (startsParagraph(node, depth)) {
                flush();
            }
        }

        /** jsoup counts {@code <br>} among block tags, but it only breaks the line. */
        private static boolean startsParagraph(Node node, int depth) {
            return node instanceof Element e && e.isBlock() && !e.normalName().equals("br") && depth > 0;
        }

        /** Collapses the space where two text runs meet, as a browser would. */
        private void append(String text) {
            boolean atBreak = current.isEmpty() || Character.isWhitespace(current.charAt(current.length() - 1));
            current.append(atBreak ? text.stripLeading() : text);
        }

        void flush() {
            String p = current.toString().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("").strip();
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
            current.setLength(0);
        }
    }
}
