package io.roiassay.engine.plugins;

import io.roiassay.metrics.marketing.MarketingMetrics;
import io.roiassay.metrics.sales.SalesMetrics;
import io.roiassay.metrics.service.ServiceMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash of a class-path plugin covers its package's files, the same in a class directory and in any jar. */
class ClassPathPluginHashTest {

    /**
     * Computed from the fixture below with the shell recipe in {@link ClassPathPluginHash}'s javadoc:
     * {@code find io/x -type f | LC_ALL=C sort | while read -r f; do printf '%s\0' "$f"; sha256sum "$f" | cut -c1-64 | xxd -r -p; done | sha256sum}.
     */
    private static final String FIXTURE_HASH = "sha256:7bafc725b523649dfa9ff9b97626d5528bb7dc224943f9cb46fe3ceec246e972";

    @TempDir
    Path dir;

    private Path fixture() throws IOException {
        Path root = dir.resolve("classes");
        write(root, "io/x/A.class", "a");
        write(root, "io/x/sub/r.txt", "r");
        write(root, "io/y/B.class", "b");   // another package: not part of io/x's hash
        write(root, "io/xy/C.class", "c");  // a package whose name only starts like it: not part either
        return root;
    }

    @Test
    void packageHash_classDirectory_matchesTheDocumentedShellRecipe() throws IOException {
        Map<String, String> hashes = ClassPathPluginHash.packageHashes(fixture(), List.of("io/x/"));

        assertThat(hashes).containsExactly(Map.entry("io/x/", FIXTURE_HASH));
    }

    @Test
    void packageHash_sameFilesInAJar_sameHashWhateverElseTheJarHolds() throws IOException {
        Path jar = jarOf(fixture(), dir.resolve("app.jar"), "META-INF/services/x", "unrelated");

        assertThat(ClassPathPluginHash.packageHashes(jar, List.of("io/x/")))
                .containsExactly(Map.entry("io/x/", FIXTURE_HASH));
    }

    @Test
    void packageHash_oneByteChangedInAClass_otherHash() throws IOException {
        Path root = fixture();
        write(root, "io/x/A.class", "A");

        assertThat(ClassPathPluginHash.packageHashes(root, List.of("io/x/")).get("io/x/"))
                .startsWith("sha256:").isNotEqualTo(FIXTURE_HASH);
    }

    @Test
    void of_classTheBuildRecorded_takesTheRecordedHash_othersAreComputed() {
        java.util.Properties record = new java.util.Properties();
        record.setProperty(SalesMetrics.class.getName(), "sha256:recorded");

        Map<Class<?>, String> hashes = ClassPathPluginHash.of(List.of(SalesMetrics.class, ServiceMetrics.class), record);

        assertThat(hashes.get(SalesMetrics.class)).isEqualTo("sha256:recorded");
        assertThat(hashes.get(ServiceMetrics.class))
                .isEqualTo(ClassPathPluginHash.computed(List.of(ServiceMetrics.class)).get(ServiceMetrics.class))
                .matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void recorder_writesEveryPluginOnTheClassPathSortedWithItsComputedHash() {
        String record = PluginHashRecorder.record(getClass().getClassLoader());

        var computed = ClassPathPluginHash.computed(List.of(MarketingMetrics.class, SalesMetrics.class, ServiceMetrics.class));
        assertThat(record).isEqualTo("# The jarHash of each built-in metric plugin (ClassPathPluginHash), written by the build.\n"
                + MarketingMetrics.class.getName() + "=" + computed.get(MarketingMetrics.class) + "\n"
                + SalesMetrics.class.getName() + "=" + computed.get(SalesMetrics.class) + "\n"
                + ServiceMetrics.class.getName() + "=" + computed.get(ServiceMetrics.class) + "\n");
    }

    @Test
    void recorded_readsTheRecordThroughTheClassLoader_emptyWithoutOne() throws Exception {
        write(dir, ClassPathPluginHash.RECORDED, "a.B=sha256:00\n");

        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null);
             var none = new java.net.URLClassLoader(new java.net.URL[] {dir.resolve("nothing").toUri().toURL()}, null)) {
            assertThat(ClassPathPluginHash.recorded(loader)).containsExactly(Map.entry("a.B", "sha256:00"));
            assertThat(ClassPathPluginHash.recorded(none)).isEmpty();
        }
    }

    @Test
    void packageHash_unreadableLocation_null() {
        Map<String, String> hashes = ClassPathPluginHash.packageHashes(dir.resolve("absent.jar"), List.of("io/x/"));

        assertThat(hashes).containsEntry("io/x/", null);
    }

    @Test
    void builtInPlugin_hashFromItsClassesEqualsTheHashOfTheSameClassesRepackaged() throws IOException {
        Path classes = ClassPathPluginHash.location(SalesMetrics.class);
        String pkg = ClassPathPluginHash.packagePath(SalesMetrics.class);
        Path jar = jarOf(classes, dir.resolve("shaded.jar"), "io/roiassay/other/Other.class", "x");

        String fromClassPath = ClassPathPluginHash.computed(List.of(SalesMetrics.class)).get(SalesMetrics.class);

        assertThat(pkg).isEqualTo("io/roiassay/metrics/sales/");
        assertThat(fromClassPath).matches("sha256:[0-9a-f]{64}");
        assertThat(ClassPathPluginHash.packageHashes(jar, List.of(pkg))).containsEntry(pkg, fromClassPath);
    }

    @Test
    void discover_builtInPlugins_eachWithItsOwnPackageHashAndNotIsolated() throws Exception {
        List<LoadedPlugin> found = PluginDiscovery.discover(null);

        assertThat(found).extracting(LoadedPlugin::id).containsExactly("marketing", "sales", "service");
        assertThat(found).allSatisfy(p -> {
            assertThat(p.origin()).isEqualTo(LoadedPlugin.CLASS_PATH);
            assertThat(p.jarHash()).matches("sha256:[0-9a-f]{64}");
            assertThat(p.isolated()).isFalse();
        });
        assertThat(found).extracting(LoadedPlugin::jarHash).doesNotHaveDuplicates();
        assertThat(found.get(1).jarHash()).isEqualTo(ClassPathPluginHash.of(List.of(SalesMetrics.class)).get(SalesMetrics.class));
    }

    private static void write(Path root, String name, String content) throws IOException {
        Path f = root.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
    }

    /**
     * A jar of every file under {@code root} (a class directory, or the entries of a jar when the plugin module is on
     * the class path as its jar), in reverse order to show order does not matter, plus one more entry.
     */
    private static Path jarOf(Path root, Path jar, String extraName, String extraContent) throws IOException {
        java.util.TreeMap<String, byte[]> files = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            }
        } else {
            try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(root))) {
                for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (!e.isDirectory()) {
                        files.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry(extraName));
            out.write(extraContent.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }
}
