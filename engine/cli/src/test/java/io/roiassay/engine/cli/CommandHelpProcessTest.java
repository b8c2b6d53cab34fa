package io.roiassay.engine.cli;

import io.roiassay.engine.plugins.AssayProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command's help and version in a process of its own, where standard output is guarded (plugins and rules
 * cannot write to it): they go to standard output like the top level's, not to standard error.
 */
class CommandHelpProcessTest {

    @Test
    void aCommandsHelp_goesToStandardOutput(@TempDir Path dir) throws Exception {
        AssayProcess run = AssayProcess.run(dir, "assess", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: assay assess ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aNestedCommandsVersion_isTheToolsVersion(@TempDir Path dir) throws Exception {
        AssayProcess run = AssayProcess.run(dir, "rules", "check", "-V");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("assay \\S+\\R");
        assertThat(run.err()).isEmpty();
    }
}
