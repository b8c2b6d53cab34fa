package io.roiassay.engine.version;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's version, read from the properties the build writes. */
public final class EngineInfo {

    private static final String VERSION = load();

    private EngineInfo() {
    }

    /** The engine version, e.g. {@code 0.1.0}. */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = EngineInfo.class.getResourceAsStream("/roi-assay/engine.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
