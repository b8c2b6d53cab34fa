package io.roiassay.engine.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The {@code jarHash} of a plugin found on the class path (a built-in plugin, or one an embedder put on its
 * class path). Such a plugin has no jar of its own (the built-ins are shaded into the application jar), so the
 * hash covers the plugin's own files: every file under its class's package (sub-packages included). Each file
 * contributes its path, a NUL byte and the SHA-256 of its bytes, in path order; the result is the
 * {@code sha256:} of all that. The same classes give the same hash whether they sit in a module jar, in
 * {@code target/classes} or in the shaded application jar; a changed class changes it. Reproduce it from an
 * unpacked jar:
 * <pre>
 * find io/roiassay/metrics/sales -type f | LC_ALL=C sort | while read -r f; do
 *   printf '%s\0' "$f"; sha256sum "$f" | cut -c1-64 | xxd -r -p; done | sha256sum
 * </pre>
 * The application's build records the hashes of the plugins it ships in {@value #RECORDED}
 * ({@link PluginHashRecorder}), so a start reads one small resource: scanning the 37,000 entries of the
 * application jar cost 50–300 ms, and hashing the class files cold still about 20 ms of CPU. A class-path
 * plugin the record does not name has its jar or class directory scanned, which gives the same hash.
 */
final class ClassPathPluginHash {

    /** The resource the application's build writes: plugin class name = hash of its package's files. */
    static final String RECORDED = "roi-assay/plugin-hashes.properties";

    private ClassPathPluginHash() {
    }

    /**
     * The hash of each class's package files, keyed by class; a class whose location cannot be read (no code
     * source, a location that is neither a jar nor a directory) maps to null.
     */
    static Map<Class<?>, String> of(List<Class<?>> classes) {
        return of(classes, recorded(ClassPathPluginHash.class.getClassLoader()));
    }

    /** {@link #of(List)} with the given record: a class it names takes the recorded hash. */
    static Map<Class<?>, String> of(List<Class<?>> classes, Properties recorded) {
        Map<Class<?>, String> out = new HashMap<>();
        List<Class<?>> rest = new ArrayList<>();
        for (Class<?> c : classes) {
            String hash = recorded.getProperty(c.getName());
            if (hash != null) {
                out.put(c, hash);
            } else {
                rest.add(c);
            }
        }
        out.putAll(computed(rest));
        return out;
    }

    /** The hashes the build recorded ({@value #RECORDED}); empty when there is no record. */
    static Properties recorded(ClassLoader loader) {
        Properties p = new Properties();
        try (InputStream in = loader.getResourceAsStream(RECORDED)) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException | IllegalArgumentException e) {
            p.clear(); // an unreadable record: compute instead
        }
        return p;
    }

    /** The hashes computed from the classes' jars or class directories, ignoring any record. */
    static Map<Class<?>, String> computed(List<Class<?>> classes) {
        Map<Path, List<Class<?>>> byLocation = new TreeMap<>();
        Map<Class<?>, String> out = new HashMap<>();
        for (Class<?> c : classes) {
            Path location = location(c);
            if (location == null) {
                out.put(c, null);
            } else {
                byLocation.computeIfAbsent(location, k -> new ArrayList<>()).add(c);
            }
        }
        byLocation.forEach((location, inThere) -> {
            Map<String, String> byPackage = packageHashes(location, inThere.stream().map(ClassPathPluginHash::packagePath).toList());
            inThere.forEach(c -> out.put(c, byPackage.get(packagePath(c))));
        });
        return out;
    }

    /**
     * The hash of the files under each package folder ({@code io/roiassay/metrics/sales/}) of a jar or class
     * directory; every package maps to null when the location cannot be read.
     */
    static Map<String, String> packageHashes(Path location, List<String> packages) {
        try {
            return Files.isDirectory(location) ? fromDirectory(location, packages) : fromJar(location, packages);
        } catch (IOException | RuntimeException e) {
            Map<String, String> none = new HashMap<>();
            packages.forEach(p -> none.put(p, null));
            return none;
        }
    }

    /** Where a class was loaded from: its jar file or class directory; null when unknown. */
    static Path location(Class<?> c) {
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        URL url = cs == null ? null : cs.getLocation();
        if (url == null || !"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The package folder of a class, as jar entry names start: {@code io/roiassay/metrics/sales/}. */
    static String packagePath(Class<?> c) {
        String name = c.getName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot + 1).replace('.', '/');
    }

    private static Map<String, String> fromJar(Path jar, List<String> packages) throws IOException {
        Map<String, TreeMap<String, JarEntry>> files = new HashMap<>();
        packages.forEach(p -> files.put(p, new TreeMap<>()));
        Map<String, String> out = new HashMap<>();
        try (JarFile jf = new JarFile(jar.toFile(), false)) {
            var entries = jf.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                for (String p : packages) {
                    if (e.getName().startsWith(p)) {
                        files.get(p).put(e.getName(), e);
                    }
                }
            }
            for (String p : packages) {
                MessageDigest total = sha256();
                for (Map.Entry<String, JarEntry> f : files.get(p).entrySet()) {
                    try (InputStream in = jf.getInputStream(f.getValue())) {
                        add(total, f.getKey(), in);
                    }
                }
                out.put(p, hex(total));
            }
        }
        return out;
    }

    private static Map<String, String> fromDirectory(Path root, List<String> packages) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String p : packages) {
            Path pkg = root.resolve(p);
            TreeMap<String, Path> files = new TreeMap<>();
            if (Files.isDirectory(pkg)) {
                try (Stream<Path> s = Files.walk(pkg)) {
                    s.filter(Files::isRegularFile).forEach(f -> files.put(root.relativize(f).toString()
                            .replace(f.getFileSystem().getSeparator(), "/"), f));
                }
            }
            MessageDigest total = sha256();
            for (Map.Entry<String, Path> f : files.entrySet()) {
                try (InputStream in = Files.newInputStream(f.getValue())) {
                    add(total, f.getKey(), in);
                }
            }
            out.put(p, hex(total));
        }
        return out;
    }

    private static void add(MessageDigest total, String path, InputStream in) throws IOException {
        MessageDigest file = sha256();
        byte[] buf = new byte[8192];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            file.update(buf, 0, n);
        }
        total.update(path.getBytes(StandardCharsets.UTF_8));
        total.update((byte) 0);
        total.update(file.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest md) {
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }
}
