package io.roiassay.engine.facts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence lists name field paths in the order a reader counts them, each once. */
class PathsTest {

    @Test
    void bracketedNumbers_compareAsNumbers_andEachPathComesOnce() {
        assertThat(Paths.inOrder(List.of("benefits[10]", "benefits[2]", "kpis.sales", "benefits[2]", "benefits[1]")))
                .containsExactly("benefits[1]", "benefits[2]", "benefits[10]", "kpis.sales");
    }

    @Test
    void prefixesAndLeadingZeros_haveAFixedOrder() {
        assertThat(Paths.inOrder(List.of("costs[1].x", "costs[1]", "a02", "a2", "a1")))
                .containsExactly("a1", "a02", "a2", "costs[1]", "costs[1].x");
    }
}
