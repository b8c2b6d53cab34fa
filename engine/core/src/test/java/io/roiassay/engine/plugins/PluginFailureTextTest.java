package io.roiassay.engine.plugins;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a plugin's exception reads in its {@code plugin/failed} finding: class and message, bounded, never a crash. */
class PluginFailureTextTest {

    @Test
    void classAndMessage() {
        assertThat(PluginRunner.describe(new IllegalStateException("no members"))).isEqualTo("IllegalStateException: no members");
    }

    @Test
    void noMessage_classOnly() {
        assertThat(PluginRunner.describe(new ArithmeticException())).isEqualTo("ArithmeticException");
    }

    @Test
    void messageThatThrows_saidAsUnreadable() {
        RuntimeException sly = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new UnsupportedOperationException("no");
            }
        };
        assertThat(PluginRunner.describe(sly)).isEqualTo("io.roiassay.engine.plugins.PluginFailureTextTest$1 (its message could not be read: it threw UnsupportedOperationException)");
    }

    @Test
    void longMessage_cutAtTheLimit() {
        String text = PluginRunner.describe(new IllegalArgumentException("x".repeat(10_000)));
        assertThat(text).hasSize("IllegalArgumentException: ".length() + PluginRunner.MAX_MESSAGE + 1).endsWith("x…");
    }

    @Test
    void missingLibrary_toldHowToBundleIt() {
        assertThat(PluginRunner.describe(new NoClassDefFoundError("org/apache/commons/lang3/StringUtils")))
                .isEqualTo("NoClassDefFoundError: org/apache/commons/lang3/StringUtils (a library the plugin uses is "
                        + "missing: bundle it in the plugin's jar, or put its jar beside the plugin's in a folder plugins/<name>/)");
    }

    @Test
    void staticInitialiserFailure_namesWhatItThrew() {
        assertThat(PluginRunner.describe(new ExceptionInInitializerError(new IllegalArgumentException("bad id"))))
                .isEqualTo("a static initialiser failed: IllegalArgumentException: bad id");
    }

    @Test
    void memoryError_saidPlainly() {
        assertThat(PluginRunner.describe(new OutOfMemoryError("Java heap space"))).isEqualTo("ran out of memory");
    }
}
