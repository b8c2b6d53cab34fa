package io.roiassay.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The JVM flags {@code ./assay} chooses per command (docs/performance.md measures each choice): a copy of the
 * launcher beside a stand-in jar, run with a {@code JAVA_HOME} whose {@code java} only prints its arguments.
 */
class LauncherFlagsTest {

    private static final Path ASSAY = Path.of("../../assay").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private String flags(Map<String, String> env, String... args) throws Exception {
        Path launcher = dir.resolve("assay");
        Files.copy(ASSAY, launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path jar = Files.createDirectories(dir.resolve("engine/app/target")).resolve("roi-assay.jar");
        if (!Files.exists(jar)) {
            Files.createFile(jar);
        }
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.substring(0, out.indexOf(" -jar "));
    }

    private Path input(long bytes) throws Exception {
        Path f = dir.resolve("cases-" + bytes + ".jsonl");
        Files.write(f, new byte[(int) bytes]);
        return f;
    }

    @Test
    void batch_smallInput_isC1Only_withAFixedYoungGeneration_whateverTheJobs() throws Exception {
        Path small = input(1024);

        assertThat(flags(Map.of(), "batch", small.toString())).contains("-XX:+UseParallelGC -XX:TieredStopAtLevel=1")
                .contains("-Xmn48m");
        assertThat(flags(Map.of(), "batch", small.toString(), "--jobs", "1")).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void batch_largerInputWithFewerJobsThanProcessors_getsTheOptimisingCompiler() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "two processors");
        Path medium = input(9L * 1024 * 1024);

        assertThat(flags(Map.of(), "batch", medium.toString(), "--jobs", "1")).doesNotContain("TieredStopAtLevel")
                .contains("-Xmn48m");
        assertThat(flags(Map.of(), "batch", medium.toString())).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void batch_javaOptsThatSizeTheHeap_leaveTheYoungGenerationAlone() throws Exception {
        Path small = input(1024);

        assertThat(flags(Map.of("JAVA_OPTS", "-Xmx256m"), "batch", small.toString())).doesNotContain("-Xmn48m")
                .endsWith("-Xmx256m");
        assertThat(flags(Map.of("JAVA_OPTS", "-Xmn16m"), "batch", small.toString())).doesNotContain("-Xmn48m");
    }

    @Test
    void assess_isSerialAndC1_withOneCompilerThread() throws Exception {

        assertThat(flags(Map.of(), "assess", "x.yaml")).startsWith("-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1")
                .doesNotContain("-Xmn");
    }
}
