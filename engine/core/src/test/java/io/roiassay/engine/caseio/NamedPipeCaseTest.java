package io.roiassay.engine.caseio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A named pipe given as a case (or a report) is refused at once: opening one waits for a writer, which may never come
 * (a hardening review's {@code assess fifo.yaml} hung until killed).
 */
class NamedPipeCaseTest {

    @TempDir
    Path dir;

    private Path fifo() throws Exception {
        Path fifo = dir.resolve("case.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "no mkfifo here");
            return null;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        return fifo;
    }

    @Test
    void aNamedPipe_isRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = fifo();
        assertThat(CaseFiles.isNamedPipe(fifo)).isTrue();

        CaseException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowableOfType(CaseException.class, () -> new CaseReader().read(fifo)));

        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.message()).isEqualTo(
                "it is a named pipe (mkfifo), which waits for something to write to it: give a file, or send the text to"
                        + " standard input with -"));
    }

    @Test
    void aRegularFile_andAShellsProcessSubstitution_areNotNamedPipes() throws Exception {
        Path file = Files.writeString(dir.resolve("case.yaml"), "id: x\n");
        assertThat(CaseFiles.isNamedPipe(file)).isFalse();
        assertThat(CaseFiles.isNamedPipe(Path.of("/dev/fd/63"))).isFalse();
        assertThat(CaseFiles.isNamedPipe(Path.of("/proc/self/fd/0"))).isFalse();
    }
}
