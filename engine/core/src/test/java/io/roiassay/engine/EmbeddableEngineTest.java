package io.roiassay.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an embedder of {@code roi-assay-engine} carries: no command line, batch or workflow classes (they
 * live in engine/cli), no picocli and no logging backend — only {@code slf4j-api}.
 */
class EmbeddableEngineTest {

    /** The engine's compiled main classes (target/classes while Maven tests this module). */
    private static Path engineClasses() throws Exception {
        Path classes = Path.of(RoiAssay.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes.resolve("io/roiassay/engine/RoiAssay.class")).as("the engine's classes folder").isRegularFile();
        return classes;
    }

    private static List<Path> classFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }

    /** The class file as Latin-1 text: every class it refers to is in its constant pool as an internal name. */
    private static String constantPoolText(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cli", "batch", "workflow"})
    void engineClasses_holdNoCommandLineBatchOrWorkflowPackage(String pkg) throws Exception {
        Path classes = engineClasses();

        assertThat(classFiles(classes)).as("engine classes").hasSizeGreaterThan(100);
        assertThat(classes.resolve("io/roiassay/engine/" + pkg)).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"io/roiassay/engine/cli/", "io/roiassay/engine/batch/", "io/roiassay/engine/workflow/",
            "picocli/", "ch/qos/logback/"})
    void engineClasses_referToNothingIn(String internalPrefix) throws Exception {
        Path classes = engineClasses();

        List<String> referring = classFiles(classes).stream()
                .filter(f -> constantPoolText(f).contains(internalPrefix))
                .map(f -> classes.relativize(f).toString()).toList();

        assertThat(referring).as("engine classes referring to " + internalPrefix).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"picocli.CommandLine", "ch.qos.logback.classic.Logger", "io.roiassay.engine.cli.Cli",
            "io.roiassay.engine.batch.BatchRunner", "io.roiassay.engine.workflow.ReportDiff"})
    void engineDependencies_includingTestScope_doNotBring(String className) {
        assertThatThrownBy(() -> Class.forName(className, false, RoiAssay.class.getClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void engineDependencies_bringSlf4jApiButNoLoggingBackend() throws Exception {
        assertThat(Class.forName("org.slf4j.LoggerFactory", false, RoiAssay.class.getClassLoader())).isNotNull();

        assertThat(ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class).stream().map(p -> p.type().getName()))
                .as("SLF4J providers on the engine's class path").isEmpty();
    }
}
