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
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b");
        a.initCause(b);
        b.initCause(a); // a -> b -> a: allowed by initCause
        assertThat(Causes.root(a)).isSameAs(b);
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
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b");
        a.initCause(b);
        b.initCause(a);
        assertThat(Causes.find(a, IOException.class)).isNull();
    }

    @Test
    void chain_listsEachOnceInOrder() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b");
        a.initCause(b);
        b.initCause(a);
        assertThat(Causes.chain(a)).containsExactly(a, b);
    }
}
