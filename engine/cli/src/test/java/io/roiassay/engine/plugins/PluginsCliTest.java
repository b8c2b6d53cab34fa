package io.roiassay.engine.plugins;

import io.roiassay.engine.cli.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code assay plugins --plugins DIR} with third-party jars: the listing and the exit codes. */
class PluginsCliTest {

    @TempDir
    Path plugins;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    @Test
    void plugins_thirdPartyJar_listedWithVersionOriginAndInputs() throws Exception {
        Path jar = PluginJarBuilder.build("acme-loyalty", plugins);
        String hash = "sha256:" + PluginJarDiscoveryTest.sha256(Files.readAllBytes(jar));

        int code = Cli.run("plugins", "--plugins", plugins.toString());

        assertThat(code).isZero();
        assertThat(stdout()).contains("acme-loyalty 2.3.1  Acme loyalty programme\n"
                + "  origin: " + jar + " (" + hash + ")\n"
                + "  inputs:\n"
                + "    members [count, >= 0, required] Active loyalty members\n"
                + "    repeatPurchaseRate [percent, 0..100, required] Members buying again within a year\n"
                + "    averageOrderValue [currency, any] Average order value\n"
                + "  benefit lines: repeat-purchase-profit (gross-profit)\n");
        assertThat(stdout()).containsSubsequence("acme-loyalty 2.3.1", "marketing ", "sales ", "service ");
        // A built-in plugin has no jar of its own: its hash covers its package's classes (ClassPathPluginHash).
        assertThat(stdout()).containsPattern("sales 1\\.0\\.0  Sales\n  origin: class-path \\(sha256:[0-9a-f]{64}\\)\n");
        // a line whose uplift is per user (adoption caps it) says so; company-level lines say nothing more
        assertThat(stdout()).contains("deal-volume (gross-profit), ").contains("rep-time-saved (time-saved, per user)");
    }

    @Test
    void plugins_anInputsDeclaredDirection_isListed() {
        PluginJarBuilder.build("acme-wrong-sign", plugins);

        assertThat(Cli.run("plugins", "--plugins", plugins.toString())).isZero();

        assertThat(stdout()).contains("    members [count, >= 0, higher is better] Members\n");
    }

    @Test
    void plugins_chinese_listsChineseTitleAndInputs() {
        PluginJarBuilder.build("acme-loyalty", plugins);

        assertThat(Cli.run("plugins", "--plugins", plugins.toString(), "--lang", "zh-CN")).isZero();

        assertThat(stdout()).contains("acme-loyalty 2.3.1  Acme 会员忠诚度计划\n")
                .contains("    repeatPurchaseRate [percent, 0..100, required] 一年内复购的会员比例\n");
    }

    @Test
    void plugins_duplicateId_exit3NamingBothOrigins() {
        Path impostor = PluginJarBuilder.build("duplicate-sales", plugins);

        int code = Cli.run("plugins", "--plugins", plugins.toString());

        assertThat(code).isEqualTo(3);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEqualTo("assay: two plugins have the id 'sales': class-path and " + impostor
                + "; remove one or give it another id" + System.lineSeparator());
    }

    @Test
    void plugins_pathIsFile_exit3WithoutStackTrace() throws Exception {
        Path file = Files.writeString(plugins.resolve("plugins.txt"), "x");

        assertThat(Cli.run("plugins", "--plugins", file.toString())).isEqualTo(3);

        assertThat(stderr()).startsWith("assay: the plugins path " + file + " is a file, not a directory")
                .doesNotContain("\tat ");
    }

    @Test
    void aPluginsDirectoryGivenThatIsNotThere_isACommandLineMistake_forEveryCommandTakingIt() {
        // a mistyped --plugins used to be ignored: the report then lacked the plugin's lines and said nothing
        String missing = plugins.resolve("does-not-exist").toString();
        String theCase = Path.of("../../examples/acme-retail.yaml").toString();
        for (String[] args : new String[][] {{"plugins", "--plugins", missing}, {"assess", theCase, "--plugins", missing},
                {"rules", "test", "--plugins", missing}}) {
            err.reset();
            assertThat(Cli.run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(stderr()).as(String.join(" ", args)).contains("--plugins: " + missing + " does not exist")
                    .doesNotContain("\tat ");
        }
        out.reset();
        // the default folder, plugins, is still optional
        assertThat(Cli.run("assess", theCase, "--draws", "0")).isZero();
    }

    @Test
    void plugins_jarNotAZip_exit3NamingTheJar() {
        Path bad = PluginJarBuilder.write(plugins.resolve("truncated.jar"), new byte[] {'P', 'K', 3, 4, 0});

        assertThat(Cli.run("plugins", "--plugins", plugins.toString())).isEqualTo(3);

        assertThat(stderr()).startsWith("assay: plugin jar " + bad + " is not a jar (zip) file").doesNotContain("\tat ");
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
