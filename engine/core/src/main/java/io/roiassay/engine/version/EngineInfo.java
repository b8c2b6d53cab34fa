package io.roiassay.engine.version;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's version and build commit, read from the properties the build writes. */
public final class EngineInfo {

    private static final Properties PROPERTIES = load();
    private static final String VERSION = value("version");
    private static final String COMMIT = value("commit");

    private EngineInfo() {
    }

    /** The engine version, e.g. {@code 0.1.0}. */
    public static String version() {
        return VERSION;
    }

    /** The commit the engine was built from ({@code git rev-parse HEAD}), or {@code unknown}. */
    public static String commit() {
        return COMMIT;
    }

    private static String value(String key) {
        String v = PROPERTIES.getProperty(key, "").strip();
        // An unfiltered ${...} means the build could not tell (e.g. no git).
        return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = EngineInfo.class.getResourceAsStream("/roi-assay/engine.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Left empty: version and commit read "unknown".
        }
        return p;
    }
}
