package se.esfkg.query.guard;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;

/** REPLACE(text, pattern, replacement[, flags]) evaluated by {@link BoundedRegex}; replaces ARQ's {@code E_StrReplace}. */
final class GuardedReplace extends ExprFunctionN {

    private final Pattern constantPattern;

    GuardedReplace(ExprList args) {
        super(Tags.tagReplace, args);
        this.constantPattern = GuardedRegex.constantPattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Pattern p = constantPattern != null ? constantPattern
                : BoundedRegex.compile("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        return BoundedRegex.replace(p, args.get(0), args.get(2), env);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedReplace(newArgs);
    }
}
