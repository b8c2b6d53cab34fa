package io.roiassay.engine.plugins;

/** The plugins could not be loaded (duplicate ids, a broken jar, a bad descriptor). Exit code 3. */
public final class PluginLoadException extends Exception {

    public PluginLoadException(String message) {
        super(message);
    }

    public PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
