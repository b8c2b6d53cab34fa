package io.roiassay.engine.caseio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PointersTest {

    @Test
    void toPath_indexesAndKeys() {
        assertThat(Pointers.toPath("/costs/2/amount")).isEqualTo("costs[2].amount");
        assertThat(Pointers.toPath("")).isEqualTo("(root)");
        assertThat(Pointers.toPath("/kpis/sales/before/a~1b")).isEqualTo("kpis.sales.before[\"a/b\"]");
    }

    @Test
    void prefix_keepsTheFirstLevels() {
        assertThat(Pointers.prefix("/notes/0/0/0", 2)).isEqualTo("/notes/0");
        assertThat(Pointers.prefix("/notes", 2)).isEqualTo("/notes");
        assertThat(Pointers.prefix("", 2)).isEmpty();
    }

    @Test
    void child_escapesSlashAndTilde() {
        assertThat(Pointers.child("/values", "a/b~c")).isEqualTo("/values/a~1b~0c");
        assertThat(Pointers.tokens("/values/a~1b~0c")).containsExactly("values", "a/b~c");
    }

    @Test
    void parent_stopsAtRoot() {
        assertThat(Pointers.parent("/costs/2/amount")).isEqualTo("/costs/2");
        assertThat(Pointers.parent("/costs")).isEmpty();
        assertThat(Pointers.parent("")).isEmpty();
    }
}
