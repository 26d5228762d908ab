package se.esfkg.output;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Runs Titanium with the Jakarta JSON provider found without a class-path scan. Titanium caches its
 * provider, except in one place: turning a language-tagged literal into JSON-LD calls
 * {@code jakarta.json.Json.createValue}, and Jakarta JSON 2.0 answers every such call with a
 * {@code ServiceLoader} look-up through the thread's context class loader. In the packaged jar that
 * look-up walks every nested jar, finds no registration (none of them registers one) and falls back
 * to the default provider, {@code org.glassfish.json.JsonProviderImpl}; it was most of the JSON-LD
 * dump's cost. While Titanium runs, the context class loader answers that one service file with
 * nothing at once, so the look-up ends where it ended before, in the same fallback, without the walk.
 */
public final class JsonProviderLookup {

    private static final String SERVICE_FILE = "META-INF/services/jakarta.json.spi.JsonProvider";

    /** Whatever the caller does that reads JSON through Titanium. */
    public interface Work<T> {
        T run() throws IOException;
    }

    private JsonProviderLookup() {
    }

    public static <T> T withoutScan(Work<T> work) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(new NoJsonProviderRegistration(saved != null ? saved
                : JsonProviderLookup.class.getClassLoader()));
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    /** Delegates everything to its parent but reports no registered Jakarta JSON provider. */
    private static final class NoJsonProviderRegistration extends ClassLoader {

        NoJsonProviderRegistration(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return SERVICE_FILE.equals(name) ? Collections.emptyEnumeration() : super.getResources(name);
        }
    }
}
