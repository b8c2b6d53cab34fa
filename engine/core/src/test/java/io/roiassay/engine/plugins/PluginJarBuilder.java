package io.roiassay.engine.plugins;

import io.roiassay.plugin.MetricPlugin;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds third-party plugin jars at test time, as a vendor would: compiles a folder under
 * {@code src/test/plugin-sources/} against the plugin-API classes only (so a plugin cannot even compile
 * against the engine), lists every {@code MetricPlugin} class in the services file and packs a jar with
 * fixed entry times (same sources, same bytes, same hash). Jars are cached per source folder for the JVM.
 */
final class PluginJarBuilder {

    /** This module's plugin sources, or those named by {@code roi-assay.plugin-sources} (engine/cli's tests use ours). */
    static final Path SOURCES = Path.of(System.getProperty("roi-assay.plugin-sources",
            Path.of(System.getProperty("basedir", "."), "src", "test", "plugin-sources").toString()));
    private static final String SERVICES = "META-INF/services/" + MetricPlugin.class.getName();
    private static final Pattern PLUGIN_CLASS =
            Pattern.compile("package\\s+([\\w.]+);.*?public\\s+final\\s+class\\s+(\\w+)\\s+implements\\s+MetricPlugin",
                    Pattern.DOTALL);
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private PluginJarBuilder() {
    }

    /** Builds {@code plugin-sources/<name>} into {@code <pluginsDir>/<name>.jar} and returns the jar's path. */
    static Path build(String name, Path pluginsDir) {
        return write(pluginsDir.resolve(name + ".jar"), CACHE.computeIfAbsent(name, PluginJarBuilder::compileAndPack));
    }

    /** Writes bytes as a jar (for jars that are not what they claim to be). */
    static Path write(Path jar, byte[] bytes) {
        try {
            Files.createDirectories(jar.getParent());
            return Files.write(jar, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory or jar holding the plugin-API classes on the test class path. */
    static Path apiClasses() {
        try {
            return Path.of(MetricPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] compileAndPack(String name) {
        Path src = SOURCES.resolve(name);
        if (!Files.isDirectory(src)) {
            throw new IllegalArgumentException("no plugin sources at " + src.toAbsolutePath());
        }
        Path classes = null;
        try {
            classes = Files.createTempDirectory("plugin-" + name + "-classes");
            List<Path> sources;
            try (Stream<Path> s = Files.walk(src)) {
                sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            }
            compile(sources, classes);
            List<String> services = new ArrayList<>();
            for (Path source : sources) {
                Matcher m = PLUGIN_CLASS.matcher(Files.readString(source));
                if (m.find()) {
                    services.add(m.group(1) + "." + m.group(2));
                }
            }
            return pack(classes, String.join("\n", services) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(classes);
        }
    }

    /** Removes the compiler's output once packed: every test run used to leave one folder per plugin in /tmp. */
    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    private static void compile(List<Path> sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8",
                    "-classpath", apiClasses().toString(), "-d", classes.toString());
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                StringBuilder msg = new StringBuilder("plugin sources do not compile:");
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    msg.append('\n').append(d);
                }
                throw new IllegalStateException(msg.toString());
            }
        }
    }

    private static byte[] pack(Path classes, String services) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes); Stream<Path> s = Files.walk(classes)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                put(jar, classes.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
            put(jar, SERVICES, services.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
        JarEntry e = new JarEntry(name);
        e.setTime(0L);
        jar.putNextEntry(e);
        jar.write(content);
        jar.closeEntry();
    }
}
