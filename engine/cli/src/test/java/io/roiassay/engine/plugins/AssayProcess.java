package io.roiassay.engine.plugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code assay} in a JVM of its own, as a user does, for behaviour a test JVM cannot host: a plugin
 * that calls {@code System.exit}, or the real standard output.
 */
public record AssayProcess(int exitCode, String out, String err) {

    public static AssayProcess run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path")));
        String cache = System.getProperty("roi-assay.cache");
        if (cache != null) {
            command.add("-Droi-assay.cache=" + Path.of(cache).toAbsolutePath());
        }
        command.add("io.roiassay.engine.cli.Cli");
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("assay " + String.join(" ", args) + " did not end within 5 minutes");
        }
        return new AssayProcess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
