package se.esfkg.query.guard;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * The query optimiser of a guarded dataset: first swaps ARQ's REGEX and REPLACE for their bounded
 * twins, then runs the optimiser that would have run anyway. Installed through the dataset's
 * context, so it applies to every query on that dataset and to nothing else.
 */
final class GuardedRewrite implements RewriteFactory {

    private final RewriteFactory next;

    GuardedRewrite(RewriteFactory next) {
        this.next = next;
    }

    @Override
    public Rewrite create(org.apache.jena.sparql.util.Context context) {
        Rewrite optimiser = next.create(context);
        return op -> optimiser.rewrite(guard(op));
    }

    /** SERVICE bodies are left alone: they run on the remote endpoint, under its own rules. */
    static Op guard(Op op) {
        return Transformer.transformSkipService(new TransformCopy(), new BoundedFunctions(), op);
    }

    private static final class BoundedFunctions extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) {
                return new GuardedRegex(args);
            }
            if (func instanceof E_StrReplace) {
                return new GuardedReplace(args);
            }
            return super.transform(func, args);
        }
    }
}
