package se.esfkg.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import se.esfkg.web.EsfServer;

/** Starts the real server (site and SPARQL) on a free port over a data folder. */
public final class Servers {

    private Servers() {
    }

    /** {@code settings}: alternating keys and values of application.yml, e.g. {@code "esf.row-cap", 3}. */
    public static EsfServer start(Path data, Object... settings) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("server.port", 0);
        s.put("esf.data", data.toAbsolutePath());
        for (int i = 0; i + 1 < settings.length; i += 2) {
            s.put(settings[i].toString(), settings[i + 1]);
        }
        return EsfServer.start(s);
    }
}
