package io.roiassay.engine.errors;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

class CausesTest {

    @Test
    void root_isTheLastCause() {
        IOException io = new IOException("disk");
        RuntimeException top = new IllegalStateException("load", new UncheckedIOException(io));
        assertThat(Causes.root(top)).isSameAs(io);
    }

    @Test
    void root_ofAnExceptionWithoutCause_isItself() {
        RuntimeException e = new RuntimeException("alone");
        assertThat(Causes.root(e)).isSameAs(e);
    }

    @Test
    void root_ofALoopingChain_stopsBeforeItRepeats() {
        RuntimeException a = looping();
        assertThat(Causes.root(a)).isSameAs(a.getCause());
    }

    @Test
    void find_theFirstOfAType() {
        IOException io = new IOException("disk");
        RuntimeException top = new IllegalStateException("load", new UncheckedIOException(io));
        assertThat(Causes.find(top, IOException.class)).isSameAs(io);
        assertThat(Causes.find(top, RuntimeException.class)).isSameAs(top);
        assertThat(Causes.find(top, ArithmeticException.class)).isNull();
    }

    @Test
    void find_inALoopingChain_ends() {
        assertThat(Causes.find(looping(), IOException.class)).isNull();
    }

    @Test
    void chain_listsEachOnceInOrder() {
        RuntimeException a = looping();
        assertThat(Causes.chain(a)).containsExactly(a, a.getCause());
    }

    /** a, caused by b, caused by a: {@link Throwable#initCause} allows it. */
    private static RuntimeException looping() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b");
        a.initCause(b);
        b.initCause(a);
        return a;
    }
}
