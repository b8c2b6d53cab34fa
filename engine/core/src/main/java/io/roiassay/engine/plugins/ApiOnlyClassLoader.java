package io.roiassay.engine.plugins;

/**
 * The parent of every plugin class loader: lets through the JDK and the plugin API package, nothing of the
 * engine, so a plugin cannot depend on (or clash with) Drools, Guice or Jackson inside the tool.
 */
final class ApiOnlyClassLoader extends ClassLoader {

    private static final String API_PACKAGE = "io.roiassay.plugin.";
    private final ClassLoader engineLoader;

    ApiOnlyClassLoader(ClassLoader engineLoader) {
        super(ClassLoader.getPlatformClassLoader());
        this.engineLoader = engineLoader;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(API_PACKAGE) && !name.startsWith(API_PACKAGE + "testing.")) {
            return engineLoader.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
