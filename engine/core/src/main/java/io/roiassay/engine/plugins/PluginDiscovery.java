package io.roiassay.engine.plugins;

import io.roiassay.plugin.AssumptionDefinition;
import io.roiassay.plugin.MetricPlugin;
import io.roiassay.plugin.support.Contract;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds metric plugins with {@link ServiceLoader}: those on the engine's class path, then every jar (or
 * directory of jars) directly inside the plugins directory, visited in sorted order, each in its own class
 * loader. The result is sorted by plugin id; two plugins with one id is an error.
 *
 * <p>A missing plugins directory, an empty one and an empty sub-directory are ignored. Anything else that
 * cannot give a working plugin is a {@link PluginLoadException} naming the jar: a path that is a file, a jar
 * that is not a zip, a jar without a plugin in its services file, a provider that cannot be instantiated, a
 * descriptor that throws, is malformed, or does not return within the load time limit.
 */
public final class PluginDiscovery {

    /** How long loading one jar or directory may take (class loading, constructors, {@code descriptor()}). */
    public static final Duration DEFAULT_LOAD_LIMIT = Duration.ofSeconds(5);

    private static final String SERVICES = "META-INF/services/" + MetricPlugin.class.getName();

    private PluginDiscovery() {
    }

    /**
     * Discovers all plugins, giving each jar or directory {@link #DEFAULT_LOAD_LIMIT} to load.
     *
     * @param pluginsDir the plugins directory; may be null or missing (then only class-path plugins)
     */
    public static List<LoadedPlugin> discover(Path pluginsDir) throws PluginLoadException {
        return discover(pluginsDir, DEFAULT_LOAD_LIMIT);
    }

    /**
     * Discovers all plugins.
     *
     * @param pluginsDir the plugins directory; may be null or missing (then only class-path plugins)
     * @param loadLimit  how long loading one jar or directory of the plugins directory may take
     */
    public static List<LoadedPlugin> discover(Path pluginsDir, Duration loadLimit) throws PluginLoadException {
        List<LoadedPlugin> found = new ArrayList<>();
        ClassLoader engine = PluginDiscovery.class.getClassLoader();
        found.addAll(withPackageHashes(load(ServiceLoader.load(MetricPlugin.class, engine), LoadedPlugin.CLASS_PATH, null)));
        if (pluginsDir == null || !Files.exists(pluginsDir)) {
            return sortedUnique(found);
        }
        if (!Files.isDirectory(pluginsDir)) {
            throw new PluginLoadException("the plugins path " + pluginsDir + " is a file, not a directory;"
                    + " give the directory that holds the plugin jars");
        }
        ApiOnlyClassLoader parent = new ApiOnlyClassLoader(engine);
        for (Path entry : entries(pluginsDir)) {
            List<Path> jars = Files.isDirectory(entry) ? jarsIn(entry) : List.of(entry);
            if (jars.isEmpty()) {
                continue;
            }
            for (Path jar : jars) {
                checkJar(jar);
            }
            found.addAll(loadIsolated(entry, jars, parent, loadLimit));
        }
        return sortedUnique(found);
    }

    /** Loads one jar or directory in its own class loader, on a worker thread, within the time limit. */
    private static List<LoadedPlugin> loadIsolated(Path entry, List<Path> jars, ClassLoader parent, Duration limit)
            throws PluginLoadException {
        String origin = entry.toString();
        String jarHash = hash(jars);
        URLClassLoader loader = new URLClassLoader("plugin:" + entry.getFileName(), urls(jars), parent);
        FutureTask<List<LoadedPlugin>> task = new FutureTask<>(() -> {
            try {
                return load(ServiceLoader.load(MetricPlugin.class, loader), origin, jarHash);
            } catch (PluginLoadException e) {
                throw e;
            } catch (Throwable e) {
                // Described here, inside the time limit: an exception's message is the plugin's code too.
                throw new PluginLoadException("cannot load a plugin from " + origin + ": " + PluginRunner.describe(e));
            }
        });
        Thread worker = new Thread(task, "roi-assay-plugin-load");
        worker.setDaemon(true);
        worker.setContextClassLoader(loader);
        worker.start();
        try {
            List<LoadedPlugin> loaded = task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (loaded.isEmpty()) {
                throw new PluginLoadException(origin + " holds no metric plugin: " + SERVICES
                        + " is missing or empty; list your MetricPlugin class in it, or remove the jar");
            }
            return loaded;
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new PluginLoadException("plugin " + origin + " did not load within " + limit.toMillis()
                    + " ms: its constructor, static initialiser, descriptor() or assumptions() blocks (or an exception it threw"
                    + " cannot be read); they must return at once");
        } catch (ExecutionException e) {
            closeQuietly(loader);
            if (e.getCause() instanceof PluginLoadException ple) {
                throw ple;
            }
            // Only a PluginLoadException leaves the loading task (it describes the plugin's own exceptions there, in
            // time); anything else is named by its class alone, and not kept: its text would be the plugin's code.
            throw new PluginLoadException("cannot load a plugin from " + origin + ": the loading thread failed ("
                    + e.getCause().getClass().getName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new PluginLoadException("interrupted while loading plugin " + origin, e);
        } catch (PluginLoadException e) {
            closeQuietly(loader);
            throw e;
        }
    }

    private static List<LoadedPlugin> load(ServiceLoader<MetricPlugin> loader, String origin, String jarHash)
            throws PluginLoadException {
        List<LoadedPlugin> loaded = new ArrayList<>();
        try {
            for (MetricPlugin plugin : loader) {
                PluginDescriptor d;
                try {
                    d = plugin.descriptor();
                } catch (Throwable e) {
                    throw new PluginLoadException("plugin " + plugin.getClass().getName() + " from " + origin
                            + " could not describe itself: " + PluginRunner.describe(e));
                }
                if (d == null) {
                    throw new PluginLoadException("plugin " + plugin.getClass().getName() + " from " + origin
                            + " returned no descriptor");
                }
                String problem = Descriptors.problem(d);
                if (problem != null) {
                    String id = d.id().length() > Contract.MAX_NAME ? d.id().substring(0, Contract.MAX_NAME) + "…" : d.id();
                    throw new PluginLoadException("plugin " + id + " from " + origin + ": " + problem);
                }
                List<AssumptionDefinition> assumptions;
                try {
                    assumptions = plugin.assumptions();
                } catch (Throwable e) {
                    throw new PluginLoadException("plugin " + d.id() + " from " + origin
                            + " could not list its assumptions: " + PluginRunner.describe(e));
                }
                String wrong = Contract.assumptionsProblem(assumptions);
                if (wrong != null) {
                    throw new PluginLoadException("plugin " + d.id() + " from " + origin + ": " + wrong);
                }
                loaded.add(new LoadedPlugin(plugin, d, origin, jarHash, jarHash != null, List.copyOf(assumptions)));
            }
        } catch (ServiceConfigurationError e) {
            // The cause is the plugin's own exception (its constructor's): described here, on the loading thread,
            // and not kept, so no later log or trace runs its code.
            String cause = e.getCause() == null ? "" : " (" + PluginRunner.describe(e.getCause()) + ")";
            // A static initialiser that threw is the plugin's own mistake, named by the cause; otherwise the
            // usual reason a provider cannot be made is its class or constructor.
            boolean initialiser = e.getCause() instanceof ExceptionInInitializerError;
            throw new PluginLoadException("cannot load a plugin from " + origin + ": " + e.getMessage() + cause
                    + (initialiser ? "" : "; the class must be public with a public no-argument constructor"));
        }
        return loaded;
    }

    /** Class-path plugins have no jar of their own: their hash covers their package's files ({@link ClassPathPluginHash}). */
    private static List<LoadedPlugin> withPackageHashes(List<LoadedPlugin> onClassPath) {
        Map<Class<?>, String> hashes = ClassPathPluginHash.of(
                onClassPath.stream().<Class<?>>map(p -> p.plugin().getClass()).toList());
        return onClassPath.stream().map(p -> new LoadedPlugin(p.plugin(), p.descriptor(), p.origin(),
                hashes.get(p.plugin().getClass()), false, p.assumptions())).toList();
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
            return s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new PluginLoadException("cannot list plugin directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A jar the class loader cannot open would otherwise be skipped without a word. */
    private static void checkJar(Path jar) throws PluginLoadException {
        if (!Files.isRegularFile(jar)) {
            throw new PluginLoadException("plugin jar " + jar + " is not a regular file");
        }
        try (JarFile ignored = new JarFile(jar.toFile())) {
            // opened: a readable zip
        } catch (IOException e) {
            throw new PluginLoadException("plugin jar " + jar + " is not a jar (zip) file (" + e.getMessage()
                    + "); rebuild it or remove it from the plugins directory", e);
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

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // nothing was loaded from it; a leaked file handle is all that is left
        }
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
