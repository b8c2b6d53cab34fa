package io.roiassay.engine.concurrent;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A background load hands back its value, or the exception it failed with: as itself when the caller declares it. */
class BackgroundLoadTest {

    @Test
    void join_givesTheValue() {
        assertThat(BackgroundLoad.start("t", () -> 42).join()).isEqualTo(42);
    }

    @Test
    void joinWithAChecked_throwsThatExceptionAsItself_andWrapsAnyOtherChecked() {
        IOException io = new IOException("disk");
        assertThatThrownBy(() -> BackgroundLoad.start("t", () -> { throw io; }).join(IOException.class)).isSameAs(io);

        Exception other = new Exception("other");
        assertThatThrownBy(() -> BackgroundLoad.start("t", () -> { throw other; }).join(IOException.class))
                .isInstanceOf(IllegalStateException.class).hasCause(other);
    }

    @Test
    void join_throwsAnUncheckedFailureAsItself() {
        IllegalArgumentException bad = new IllegalArgumentException("bad");
        assertThatThrownBy(() -> BackgroundLoad.start("t", () -> { throw bad; }).join()).isSameAs(bad);
    }
}
