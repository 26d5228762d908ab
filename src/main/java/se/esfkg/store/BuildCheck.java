package se.esfkg.store;

/**
 * Runs on a freshly built database before it can become live; throwing aborts the switch. The
 * loader's own checks (quad counts per graph, a sanity query) always run first; this is where SHACL
 * validation or a test's injected failure goes.
 */
@FunctionalInterface
public interface BuildCheck {

    void check(StoreDatabase candidate, GraphManifest expected);

    static BuildCheck none() {
        return (db, m) -> {
        };
    }
}
