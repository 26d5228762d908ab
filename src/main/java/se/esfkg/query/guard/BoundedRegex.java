package se.esfkg.query.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL's REGEX and REPLACE on Java's regex engine, each call within {@link QueryLimits#regexSteps()}. */
final class BoundedRegex {

    private BoundedRegex() {
    }

    static Pattern compile(String function, NodeValue pattern, NodeValue flags) {
        String p = NodeValueOps.checkAndGetStringLiteral(function, pattern).getLiteralLexicalForm();
        String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(function, flags).getLiteralLexicalForm();
        if (f != null && !f.matches("[smixq]*")) {
            throw new ExprEvalException(function + ": only 'smixq' are legal as pattern flags: got \"" + f + "\"");
        }
        return RegexEngine.makePattern(function, p, f);
    }

    static boolean find(Pattern pattern, NodeValue value, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", value).getLiteralLexicalForm();
        return pattern.matcher(metered(text, env, "REGEX")).find();
    }

    /** As {@code XSDFuncOp.strReplace}: keeps the argument's language tag or datatype. */
    static NodeValue replace(Pattern pattern, NodeValue value, NodeValue replacement, FunctionEnv env) {
        Node arg = NodeValueOps.checkAndGetStringLiteral("REPLACE", value);
        String rep = NodeValueOps.checkAndGetStringLiteral("REPLACE", replacement).getLiteralLexicalForm();
        String text = arg.getLiteralLexicalForm();
        Matcher m = pattern.matcher(metered(text, env, "REPLACE"));
        StringBuilder sb = null;
        try {
            while (m.find()) {
                if (sb == null) {
                    sb = new StringBuilder();
                } else if (m.start() == m.end()) {
                    continue; // ARQ replaces one empty match only, then skips them
                }
                m.appendReplacement(sb, rep);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        }
        if (sb == null) {
            return value;
        }
        m.appendTail(sb);
        String result = sb.toString();
        if (result.equals(text)) {
            return value;
        }
        return NodeValue.makeNode(NodeFactory.createLiteral(result, arg.getLiteralLanguage(), arg.getLiteralDatatype()));
    }

    private static CharSequence metered(String text, FunctionEnv env, String function) {
        long budget = QueryLimits.DEFAULT_REGEX_STEPS;
        AtomicBoolean cancelled = null;
        if (env != null && env.getContext() != null) {
            Object b = env.getContext().get(QueryGuard.REGEX_STEPS);
            if (b instanceof Long l) {
                budget = l;
            }
        }
        if (env instanceof ExecutionContext ec) {
            cancelled = ec.getCancelSignal();
        }
        return new MeteredText(text, budget, cancelled, function);
    }
}
