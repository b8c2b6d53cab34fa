package io.roiassay.engine.plugins;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Discovery of third-party jars built at test time, and every way a plugins directory can be wrong. */
class PluginJarDiscoveryTest {

    @TempDir
    Path plugins;

    @Test
    void discover_jarInPluginsDir_loadedWithHash() throws Exception {
        Path jar = PluginJarBuilder.build("acme-loyalty", plugins);

        LoadedPlugin loyalty = byId(PluginDiscovery.discover(plugins), "acme-loyalty");

        assertThat(loyalty.version()).isEqualTo("2.3.1");
        assertThat(loyalty.origin()).isEqualTo(jar.toString());
        assertThat(loyalty.jarHash()).isEqualTo("sha256:" + sha256(Files.readAllBytes(jar)));
        assertThat(loyalty.sourceLabel()).isEqualTo("plugin:acme-loyalty@2.3.1");
        assertThat(loyalty.plugin().getClass().getName()).isEqualTo("com.acme.loyalty.LoyaltyMetrics");
        assertThat(loyalty.plugin().getClass().getClassLoader())
                .isInstanceOf(URLClassLoader.class)
                .isNotSameAs(getClass().getClassLoader());
    }

    @Test
    void discover_jarInPluginsDir_descriptorAsDeclared() throws Exception {
        PluginJarBuilder.build("acme-loyalty", plugins);

        var d = byId(PluginDiscovery.discover(plugins), "acme-loyalty").descriptor();

        assertThat(d.inputs()).extracting(i -> i.name() + ":" + i.unit().id() + ":" + i.required())
                .containsExactly("members:count:true", "repeatPurchaseRate:percent:true", "averageOrderValue:currency:false");
        assertThat(d.benefits()).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo("repeat-purchase-profit");
            assertThat(b.formula().en()).startsWith("members.after × (repeatPurchaseRate.after − repeatPurchaseRate.before)");
            assertThat(b.formula().zh()).startsWith("会员数(后) × (复购率(后) − 复购率(前))");
        });
    }

    @Test
    void discover_sameSources_sameJarHash(@TempDir Path other) throws Exception {
        PluginJarBuilder.build("acme-loyalty", plugins);
        PluginJarBuilder.build("acme-loyalty", other);

        assertThat(byId(PluginDiscovery.discover(plugins), "acme-loyalty").jarHash())
                .isEqualTo(byId(PluginDiscovery.discover(other), "acme-loyalty").jarHash());
    }

    @Test
    void discover_severalJars_sortedById() throws Exception {
        PluginJarBuilder.build("acme-throws", plugins);
        PluginJarBuilder.build("acme-loyalty", plugins);
        PluginJarBuilder.build("acme-absurd", plugins);

        assertThat(PluginDiscovery.discover(plugins)).extracting(LoadedPlugin::id)
                .containsExactly("acme-absurd", "acme-loyalty", "acme-throws", "marketing", "sales", "service");
    }

    @Test
    void discover_duplicateId_namesBothOrigins() {
        Path impostor = PluginJarBuilder.build("duplicate-sales", plugins);

        assertThatThrownBy(() -> PluginDiscovery.discover(plugins))
                .isInstanceOf(PluginLoadException.class)
                .hasMessage("two plugins have the id 'sales': class-path and " + impostor
                        + "; remove one or give it another id");
    }

    @Test
    void discover_subDirectoryOfJars_oneLoaderNamedByDirectory() throws Exception {
        Path dir = plugins.resolve("loyalty");
        Path jar = PluginJarBuilder.build("acme-loyalty", dir);

        LoadedPlugin loyalty = byId(PluginDiscovery.discover(plugins), "acme-loyalty");

        assertThat(loyalty.origin()).isEqualTo(dir.toString());
        assertThat(loyalty.jarHash()).isEqualTo("sha256:" + sha256(Files.readAllBytes(jar)));
    }

    @Test
    void discover_missingDir_onlyClassPathPlugins() throws Exception {
        assertThat(PluginDiscovery.discover(plugins.resolve("absent"))).extracting(LoadedPlugin::origin)
                .containsExactly("class-path", "class-path", "class-path");
    }

    @Test
    void discover_emptyDirAndEmptySubDir_onlyClassPathPlugins() throws Exception {
        Files.createDirectory(plugins.resolve("nothing-yet"));
        Files.writeString(plugins.resolve("README.txt"), "drop jars here");

        assertThat(PluginDiscovery.discover(plugins)).extracting(LoadedPlugin::id)
                .containsExactly("marketing", "sales", "service");
    }

    @Test
    void discover_pathIsFile_saysSo() throws Exception {
        Path file = Files.writeString(plugins.resolve("plugins"), "not a directory");

        assertThatThrownBy(() -> PluginDiscovery.discover(file))
                .isInstanceOf(PluginLoadException.class)
                .hasMessage("the plugins path " + file + " is a file, not a directory;"
                        + " give the directory that holds the plugin jars");
    }

    @Test
    void discover_jarNotAZip_namesTheJar() {
        Path bad = PluginJarBuilder.write(plugins.resolve("broken.jar"), "<html>404</html>".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PluginDiscovery.discover(plugins))
                .isInstanceOf(PluginLoadException.class)
                .hasMessageStartingWith("plugin jar " + bad + " is not a jar (zip) file")
                .hasMessageEndingWith("rebuild it or remove it from the plugins directory");
    }

    @Test
    void discover_jarWithoutServicesFile_namesTheFile() throws Exception {
        Path jar = PluginJarBuilder.build("acme-loyalty", plugins);
        Path plain = plugins.resolve("library.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(plain))) {
            out.putNextEntry(new java.util.jar.JarEntry("com/acme/Util.txt"));
            out.write(1);
        }

        assertThatThrownBy(() -> PluginDiscovery.discover(plugins))
                .isInstanceOf(PluginLoadException.class)
                .hasMessage(plain + " holds no metric plugin: META-INF/services/io.roiassay.plugin.MetricPlugin"
                        + " is missing or empty; list your MetricPlugin class in it, or remove the jar");
        assertThat(jar).exists();
    }

    @Test
    void discover_servicesNamesMissingClass_namesTheClass() throws Exception {
        Path jar = plugins.resolve("typo.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("META-INF/services/io.roiassay.plugin.MetricPlugin"));
            out.write("com.acme.Missing\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> PluginDiscovery.discover(plugins))
                .isInstanceOf(PluginLoadException.class)
                .hasMessageStartingWith("cannot load a plugin from " + jar + ": ")
                .hasMessageContaining("com.acme.Missing");
    }

    @Test
    void discover_descriptorThrows_namesPluginAndReason() {
        Path jar = PluginJarBuilder.build("acme-bad-descriptor", plugins);

        assertThatThrownBy(() -> PluginDiscovery.discover(plugins))
                .isInstanceOf(PluginLoadException.class)
                .hasMessage("plugin com.acme.acmebaddescriptor.BadDescriptorMetrics from " + jar
                        + " could not describe itself: IllegalStateException: descriptor not ready: licence file missing");
    }

    @Test
    void discover_descriptorInAStaticFieldThrows_namesWhatItThrew_notTheConstructor() {
        Path jar = PluginJarBuilder.build("acme-static-descriptor", plugins);

        assertThatThrownBy(() -> PluginDiscovery.discover(plugins))
                .isInstanceOf(PluginLoadException.class)
                .hasMessageStartingWith("cannot load a plugin from " + jar + ": ")
                .hasMessageContaining("a static initialiser failed: IllegalArgumentException: plugin id must be")
                .hasMessageContaining("Field_Service")
                .hasMessageNotContaining("no-argument constructor");
    }

    @Test
    void discover_descriptorHangs_loadTimeLimitNamesTheJar() {
        Path jar = PluginJarBuilder.build("acme-hangs", plugins);

        assertThatThrownBy(() -> PluginDiscovery.discover(plugins, Duration.ofMillis(300)))
                .isInstanceOf(PluginLoadException.class)
                .hasMessage("plugin " + jar + " did not load within 300 ms: its constructor, static initialiser,"
                        + " descriptor() or assumptions() blocks (or an exception it threw cannot be read); they must"
                        + " return at once");
    }

    @Test
    void discover_assumptionsThrowAnExceptionWhoseTextBlocks_loadTimeLimitNamesTheJar() {
        // Reading its list throws an exception whose message and text never return: described on the loading
        // thread, inside the limit, the load ends as a time-out instead of hanging the caller.
        Path jar = PluginJarBuilder.build("acme-sly-assumptions", plugins);

        assertThatThrownBy(() -> PluginDiscovery.discover(plugins, Duration.ofMillis(300)))
                .isInstanceOf(PluginLoadException.class)
                .hasMessageStartingWith("plugin " + jar + " did not load within 300 ms: ");
    }

    static LoadedPlugin byId(List<LoadedPlugin> plugins, String id) {
        return plugins.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no plugin " + id + " in " + plugins));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
