package io.roiassay.engine.report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Renders the HTML report in headless Chromium and checks what a reader would see. Skipped where no Chromium
 * is installed, except on CI ({@code CI} set), where a missing browser is a failure. Set
 * {@code ROIASSAY_SCREENSHOT_DIR} to keep the screenshots.
 */
class HtmlBrowserRenderTest {

    private static Path chromium;

    @BeforeAll
    static void findChromium() {
        Optional<Path> found = Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
        if (found.isEmpty() && System.getenv("CI") != null) {
            fail("CI is set but no chromium is on the PATH: install it (apt-get install -y chromium)");
        }
        Assumptions.assumeTrue(found.isPresent(), "chromium is not installed");
        chromium = found.get();
    }

    @Test
    void screenshot_showsANonBlankPage(@TempDir Path tmp) throws Exception {
        for (String lang : List.of("en", "zh-CN")) {
            Path page = write(tmp, HtmlReportFixtures.threeYear(lang, new java.math.BigDecimal("16.8"),
                    new java.math.BigDecimal("27.4")), "report-" + lang + ".html");
            Path shot = tmp.resolve("shot-" + lang + ".png");

            run(tmp, "--window-size=1280,2400", "--screenshot=" + shot, page.toUri().toString());

            assertThat(shot).exists();
            BufferedImage image = ImageIO.read(shot.toFile());
            assertThat(image).as("decodable PNG").isNotNull();
            assertThat(image.getWidth()).isEqualTo(1280);
            Set<Integer> colours = new HashSet<>();
            long nonWhite = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    if (rgb != 0xFFFFFF) {
                        nonWhite++;
                    }
                }
            }
            assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
            assertThat(nonWhite).as("non-white pixels").isGreaterThan(image.getWidth() * image.getHeight() / 4 / 10);
            keep(shot, "report-" + lang + ".png");
        }
    }

    @Test
    void dumpDom_containsHeadlineAndTitleAsText(@TempDir Path tmp) throws Exception {
        Path page = write(tmp, HtmlReportFixtures.threeYear(), "report.html");

        String dom = run(tmp, "--dump-dom", page.toUri().toString());

        assertThat(dom).contains(HtmlReportFixtures.HEADLINE)
                .contains("Acme Retail CRM &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(dom).contains("<svg class=\"chart cash-flow\"", "<svg class=\"chart cost-bars\"");
    }

    @Test
    void dumpDom_everyChartRendersWithItsMarks(@TempDir Path tmp) throws Exception {
        Path page = write(tmp, HtmlReportFixtures.withRanges("en"), "ranges.html");

        String dom = run(tmp, "--dump-dom", page.toUri().toString());

        for (String chart : List.of("cash-flow", "cost-bars", "waterfall", "tornado", "distribution")) {
            Matcher m = Pattern.compile("(?s)<svg class=\"chart " + chart + "\".*?</svg>").matcher(dom);
            assertThat(m.find()).as("%s chart in the DOM", chart).isTrue();
            assertThat(m.group().length()).as("%s chart has content", chart).isGreaterThan(500);
        }
        assertThat(count(dom, "<polyline class=\"series series-")).isEqualTo(2);
        assertThat(count(dom, "<g class=\"cost-row\"")).isEqualTo(4);
        assertThat(count(dom, "<g class=\"wf-row ")).isEqualTo(4);
        assertThat(count(dom, "<g class=\"tornado-row\"")).isEqualTo(4);
        assertThat(count(dom, "<g class=\"percentile\"")).isEqualTo(3);
        assertThat(count(dom, "<g class=\"grade-share\"")).isEqualTo(4);
    }

    @Test
    void screenshot_everyChartIsPainted(@TempDir Path tmp) throws Exception {
        for (String lang : List.of("en", "zh-CN")) {
            Path page = write(tmp, HtmlReportFixtures.withRanges(lang), "ranges-" + lang + ".html");
            Path shot = tmp.resolve("ranges-" + lang + ".png");

            run(tmp, "--window-size=1280,7000", "--screenshot=" + shot, page.toUri().toString());

            BufferedImage image = ImageIO.read(shot.toFile());
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    colours.add(image.getRGB(x, y) & 0xFFFFFF);
                }
            }
            // a fill colour each chart alone uses, painted solid inside its bars
            assertThat(colours).as("cost bars").contains(0x4c78a8);
            assertThat(colours).as("cash-flow adjusted series and waterfall end").contains(0x1f6feb);
            assertThat(colours).as("waterfall steps that lower ROI").contains(0xe5534b);
            assertThat(colours).as("tornado ends").contains(0xf0883e, 0x388bfd);
            assertThat(colours).as("distribution band").contains(0xb6d3fb);
            keep(shot, "ranges-" + lang + ".png");
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static Path write(Path dir, Report report, String name) throws IOException {
        Path page = dir.resolve(name);
        Files.writeString(page, HtmlReportWriter.render(report), StandardCharsets.UTF_8);
        return page;
    }

    /** Runs headless Chromium with no network chatter; its standard output, or a failure after 90 s. */
    private static String run(Path tmp, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        cmd.addAll(List.of(args));
        Path stdout = Files.createTempFile(tmp, "chromium", ".out");
        Path stderr = Files.createTempFile(tmp, "chromium", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 90 s: " + Files.readString(stderr));
        }
        assertThat(p.exitValue()).as("chromium exit code; stderr: %s", Files.readString(stderr)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static void keep(Path shot, String name) throws IOException {
        String dir = System.getenv("ROIASSAY_SCREENSHOT_DIR");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.copy(shot, Path.of(dir, name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
