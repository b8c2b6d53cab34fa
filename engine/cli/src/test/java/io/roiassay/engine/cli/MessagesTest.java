package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages printed to the terminal carry no control characters or escape sequences. */
class MessagesTest {

    @Test
    void clean_escapeSequence_shownAsText() {
        assertThat(Messages.clean("bad \u001b[2J file")).isEqualTo("bad \\u001b[2J file");
    }

    @Test
    void clean_newlineAndTab_kept() {
        assertThat(Messages.clean("a\n\tb")).isEqualTo("a\n\tb");
    }

    @Test
    void caseError_withEscapeInFileName_printedClean(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CliRun run = CliRun.of("assess", dir.resolve("x\u001b[31m.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("\u001b").contains("\\u001b[31m");
    }
}
