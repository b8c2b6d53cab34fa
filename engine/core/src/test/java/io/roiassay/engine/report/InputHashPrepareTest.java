package io.roiassay.engine.report;

import io.roiassay.engine.Examples;
import io.roiassay.engine.model.Case;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A hash computed in advance ({@code assess} while the engine loads) is the hash {@link InputHash#of} gives. */
class InputHashPrepareTest {

    @Test
    void preparedCase_hashesAsAnEqualCaseComputedAfresh() throws Exception {
        Case prepared = Examples.read("acme-retail.yaml");
        Case other = Examples.read("acme-retail.yaml");
        Case different = Examples.read("seed-004-first-year-tco.yaml");

        InputHash.prepare(prepared);

        assertThat(prepared).isNotSameAs(other);
        assertThat(InputHash.of(prepared)).isEqualTo(InputHash.of(other)).startsWith("sha256:").hasSize(71);
        assertThat(InputHash.of(different)).isNotEqualTo(InputHash.of(prepared));
    }
}
