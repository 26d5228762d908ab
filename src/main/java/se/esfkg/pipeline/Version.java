package se.esfkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The converter's version, filled in by the build; provenance names it. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("esf-kg.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
