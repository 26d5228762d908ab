package se.esfkg.query.guard;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.function.library.bnode;
import org.apache.jena.sparql.function.library.e;
import org.apache.jena.sparql.function.library.evenInteger;
import org.apache.jena.sparql.function.library.execTime;
import org.apache.jena.sparql.function.library.langeq;
import org.apache.jena.sparql.function.library.localname;
import org.apache.jena.sparql.function.library.max;
import org.apache.jena.sparql.function.library.min;
import org.apache.jena.sparql.function.library.namespace;
import org.apache.jena.sparql.function.library.now;
import org.apache.jena.sparql.function.library.nowtz;
import org.apache.jena.sparql.function.library.pi;
import org.apache.jena.sparql.function.library.sha1sum;
import org.apache.jena.sparql.function.library.sprintf;
import org.apache.jena.sparql.function.library.sqrt;
import org.apache.jena.sparql.function.library.strjoin;
import org.apache.jena.sparql.function.library.strlen;
import org.apache.jena.sparql.function.library.struuid;
import org.apache.jena.sparql.function.library.substr;
import org.apache.jena.sparql.function.library.substring;
import org.apache.jena.sparql.function.library.timezone;
import org.apache.jena.sparql.function.library.uuid;
import org.apache.jena.sparql.function.library.version;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The functions a guarded endpoint offers: the registered standard ones (XPath, ARQ's {@code afn:},
 * maths, {@code text:query}, list members ...) minus those that sleep or load code, and nothing
 * else. ARQ's own registries load any Java class named by a {@code java:} IRI (or an IRI in ARQ's
 * function namespaces, {@code afn:wait} among them) on first use; these closed registries never do.
 */
final class SafeFunctions {

    private static final String XPATH_FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String AFN = "http://jena.apache.org/ARQ/function#";

    /**
     * ARQ's {@code afn:} functions are not registered, only found by class name on first use. These
     * are named here; left out are {@code afn:wait} (sleeps), {@code afn:print} (writes to the
     * server's console), {@code afn:context} and {@code afn:eval}.
     */
    private static final Map<String, Supplier<Function>> AFN_FUNCTIONS = Map.ofEntries(
            Map.entry("localname", localname::new), Map.entry("namespace", namespace::new),
            Map.entry("sha1sum", sha1sum::new), Map.entry("strjoin", strjoin::new),
            Map.entry("sprintf", sprintf::new), Map.entry("substr", substr::new),
            Map.entry("substring", substring::new), Map.entry("strlen", strlen::new),
            Map.entry("min", min::new), Map.entry("max", max::new), Map.entry("pi", pi::new),
            Map.entry("e", e::new), Map.entry("sqrt", sqrt::new), Map.entry("now", now::new),
            Map.entry("nowtz", nowtz::new), Map.entry("bnode", bnode::new), Map.entry("langeq", langeq::new),
            Map.entry("uuid", uuid::new), Map.entry("struuid", struuid::new),
            Map.entry("evenInteger", evenInteger::new), Map.entry("timezone", timezone::new),
            Map.entry("version", version::new), Map.entry("execTime", execTime::new));

    /** Registered in ARQ but not for a public endpoint. */
    private static final Set<String> WITHHELD = Set.of(AFN + "wait", "http://jena.hpl.hp.com/ARQ/function#wait");

    private SafeFunctions() {
    }

    static FunctionRegistry functions(Context context) {
        FunctionRegistry source = FunctionRegistry.get(context) != null ? FunctionRegistry.get(context) : FunctionRegistry.get();
        ClosedFunctionRegistry closed = new ClosedFunctionRegistry();
        copyOpenEntries(source.keys(), WITHHELD, uri -> closed.put(uri, source.get(uri)));
        AFN_FUNCTIONS.forEach((name, impl) -> closed.put(AFN + name, uri -> impl.get()));
        // fn:matches and fn:replace are REGEX and REPLACE by another name: bounded the same way.
        closed.put(XPATH_FN + "matches", uri -> new Bounded((args, env) ->
                new GuardedRegex(args).eval((Binding) null, env)));
        closed.put(XPATH_FN + "replace", uri -> new Bounded((args, env) ->
                new GuardedReplace(args).eval((Binding) null, env)));
        return closed;
    }

    static PropertyFunctionRegistry propertyFunctions(Context context) {
        PropertyFunctionRegistry source = PropertyFunctionRegistry.chooseRegistry(context);
        ClosedPropertyFunctionRegistry closed = new ClosedPropertyFunctionRegistry();
        copyOpenEntries(source.keys(), Set.of(), uri -> closed.put(uri, source.get(uri)));
        return closed;
    }

    /** Hands on each registered IRI but those withheld and those that name a Java class ({@code java:}). */
    private static void copyOpenEntries(Iterator<String> keys, Set<String> withheld, Consumer<String> copy) {
        keys.forEachRemaining(uri -> {
            if (!withheld.contains(uri) && !uri.startsWith("java:")) {
                copy.accept(uri);
            }
        });
    }

    private interface BoundedCall {
        NodeValue call(ExprList args, FunctionEnv env);
    }

    /** Evaluates by building the guarded expression over the call's arguments. */
    private static final class Bounded extends FunctionBase {
        private final BoundedCall call;

        Bounded(BoundedCall call) {
            this.call = call;
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 4) {
                throw new ExprEvalException(uri + ": wrong number of arguments: " + args.size());
            }
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            ExprList bound = new ExprList();
            for (int i = 0; i < args.size(); i++) {
                bound.add(args.get(i).eval(binding, env));
            }
            return call.call(bound, env);
        }

        @Override
        public NodeValue exec(java.util.List<NodeValue> args) {
            throw new IllegalStateException("called through exec(Binding, ...)");
        }
    }

    /**
     * A function registry that knows exactly its entries and loads nothing by name. ARQ's base class
     * keeps the entries; only its look-up of an unknown IRI loads a class, so that is all this changes.
     */
    private static final class ClosedFunctionRegistry extends FunctionRegistry {

        @Override
        public void put(String uri, Class<?> funcClass) {
            throw new UnsupportedOperationException("a guarded endpoint registers no classes by name");
        }

        @Override
        public FunctionFactory get(String uri) {
            return isRegistered(uri) ? super.get(uri) : null;
        }
    }

    /**
     * A property-function registry that knows exactly its entries and loads nothing by name. It keeps
     * its own entries: ARQ's base class rewrites ARQ's property IRIs to {@code java:} class names before
     * every look-up, even of a registered IRI.
     */
    private static final class ClosedPropertyFunctionRegistry extends PropertyFunctionRegistry {
        private final Map<String, PropertyFunctionFactory> entries = new TreeMap<>();

        @Override
        public void put(String uri, PropertyFunctionFactory f) {
            entries.put(uri, f);
        }

        @Override
        public void put(String uri, Class<?> extClass) {
            throw new UnsupportedOperationException("a guarded endpoint registers no classes by name");
        }

        @Override
        public boolean manages(String uri) {
            return entries.containsKey(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return entries.get(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return entries.containsKey(uri);
        }

        @Override
        public PropertyFunctionFactory remove(String uri) {
            return entries.remove(uri);
        }

        @Override
        public Iterator<String> keys() {
            return entries.keySet().iterator();
        }
    }
}
