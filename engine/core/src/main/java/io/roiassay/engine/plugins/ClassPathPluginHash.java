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
 * The build lists a built-in plugin's files in {@value #FILE_LIST} in its package (the list is one of the
 * hashed files), and the files are read through the plugin's class loader: scanning the 37,000 entries of the
 * application jar cost 50–100 ms per start. A class-path plugin without that list has its jar or class
 * directory scanned instead, which gives the same hash.
 */
final class ClassPathPluginHash {

    /** The name of the build-written list of a plugin package's files, in that package. */
    static final String FILE_LIST = "plugin-files.txt";

    private ClassPathPluginHash() {
    }

    /**
     * The hash of each class's package files, keyed by class; a class whose location cannot be read (no code
     * source, a location that is neither a jar nor a directory) maps to null.
     */
    static Map<Class<?>, String> of(List<Class<?>> classes) {
        Map<Path, List<Class<?>>> byLocation = new TreeMap<>();
        Map<Class<?>, String> out = new HashMap<>();
        for (Class<?> c : classes) {
            String listed = fromFileList(c.getClassLoader() != null ? c.getClassLoader() : ClassLoader.getSystemClassLoader(),
                    packagePath(c));
            if (listed != null) {
                out.put(c, listed);
                continue;
            }
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
     * The hash of the files the build listed in a package ({@code io/roiassay/metrics/sales/}), read through the
     * class loader; null without a list, or with a list naming a file that is not there (then the location is
     * scanned instead).
     */
    static String fromFileList(ClassLoader loader, String pkg) {
        TreeMap<String, Boolean> files = new TreeMap<>();
        try (InputStream list = loader.getResourceAsStream(pkg + FILE_LIST)) {
            if (list == null) {
                return null;
            }
            for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && line.startsWith(pkg)) {
                    files.put(line.strip(), true);
                }
            }
            files.put(pkg + FILE_LIST, true);
            MessageDigest total = sha256();
            for (String name : files.keySet()) {
                try (InputStream in = loader.getResourceAsStream(name)) {
                    if (in == null) {
                        return null; // a stale list: the caller scans the location instead
                    }
                    add(total, name, in);
                }
            }
            return hex(total);
        } catch (IOException e) {
            return null;
        }
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
