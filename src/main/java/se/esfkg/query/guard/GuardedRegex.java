package se.esfkg.query.guard;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;

/** REGEX(text, pattern[, flags]) evaluated by {@link BoundedRegex}; replaces ARQ's {@code E_Regex}. */
final class GuardedRegex extends ExprFunctionN {

    /** Compiled once when pattern and flags are constants, as ARQ does. */
    private final Pattern constantPattern;

    GuardedRegex(ExprList args) {
        super(Tags.tagRegex, args);
        this.constantPattern = constantPattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
    }

    static Pattern constantPattern(String function, Expr pattern, Expr flags) {
        if (pattern.isConstant() && (flags == null || flags.isConstant())) {
            return BoundedRegex.compile(function, pattern.getConstant(), flags == null ? null : flags.getConstant());
        }
        return null;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Pattern p = constantPattern != null ? constantPattern
                : BoundedRegex.compile("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(BoundedRegex.find(p, args.get(0), env));
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedRegex(newArgs);
    }
}
