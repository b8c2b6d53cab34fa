package io.roiassay.engine.plugins;

import io.roiassay.plugin.MetricPlugin;
import io.roiassay.plugin.PluginDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds metric plugins with {@link ServiceLoader}: those on the engine's class path, then every jar (or
 * directory of jars) directly inside the plugins directory, visited in sorted order, each in its own class
 * loader. The result is sorted by plugin id; two plugins with one id is an error.
 */
public final class PluginDiscovery {

    private PluginDiscovery() {
    }

    /**
     * Discovers all plugins.
     *
     * @param pluginsDir the plugins directory; may be null or missing (then only class-path plugins)
     */
    public static List<LoadedPlugin> discover(Path pluginsDir) throws PluginLoadException {
        List<LoadedPlugin> found = new ArrayList<>();
        ClassLoader engine = PluginDiscovery.class.getClassLoader();
        load(ServiceLoader.load(MetricPlugin.class, engine), "class-path", null, found);
        if (pluginsDir != null && Files.isDirectory(pluginsDir)) {
            ApiOnlyClassLoader parent = new ApiOnlyClassLoader(engine);
            for (Path entry : entries(pluginsDir)) {
                List<Path> jars = Files.isDirectory(entry) ? jarsIn(entry) : List.of(entry);
                if (jars.isEmpty()) {
                    continue;
                }
                URLClassLoader loader = new URLClassLoader("plugin:" + entry.getFileName(), urls(jars), parent);
                load(ServiceLoader.load(MetricPlugin.class, loader), entry.toString(), hash(jars), found);
            }
        }
        return sortedUnique(found);
    }

    private static void load(ServiceLoader<MetricPlugin> loader, String origin, String jarHash,
                             List<LoadedPlugin> into) throws PluginLoadException {
        try {
            for (MetricPlugin plugin : loader) {
                PluginDescriptor d;
                try {
                    d = plugin.descriptor();
                } catch (RuntimeException | LinkageError e) {
                    throw new PluginLoadException("plugin " + plugin.getClass().getName() + " from " + origin
                            + " could not describe itself: " + e);
                }
                if (d == null) {
                    throw new PluginLoadException("plugin " + plugin.getClass().getName() + " from " + origin
                            + " returned no descriptor");
                }
                into.add(new LoadedPlugin(plugin, d, origin, jarHash));
            }
        } catch (ServiceConfigurationError e) {
            throw new PluginLoadException("cannot load a plugin from " + origin + ": " + e.getMessage(), e);
        }
    }

    private static List<LoadedPlugin> sortedUnique(List<LoadedPlugin> found) throws PluginLoadException {
        Map<String, LoadedPlugin> byId = new TreeMap<>();
        for (LoadedPlugin p : found) {
            LoadedPlugin clash = byId.putIfAbsent(p.id(), p);
            if (clash != null) {
                throw new PluginLoadException("two plugins have the id '" + p.id() + "': " + clash.origin()
                        + " and " + p.origin() + "; remove one or give it another id");
            }
        }
        return List.copyOf(byId.values());
    }

    private static List<Path> entries(Path dir) throws PluginLoadException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".jar"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new PluginLoadException("cannot list plugins directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> jarsIn(Path dir) throws PluginLoadException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new PluginLoadException("cannot list plugin directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static URL[] urls(List<Path> jars) throws PluginLoadException {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new PluginLoadException("bad plugin path " + jars.get(i), e);
            }
        }
        return urls;
    }

    /** {@code sha256:} over the jars' bytes in sorted order. */
    static String hash(List<Path> jars) throws PluginLoadException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path jar : jars) {
                try (InputStream in = new DigestInputStream(Files.newInputStream(jar), md)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new PluginLoadException("cannot read plugin jar: " + e.getMessage(), e);
        }
    }
}
