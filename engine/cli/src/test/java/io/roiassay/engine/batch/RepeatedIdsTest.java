package io.roiassay.engine.batch;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch's repeated case id warning: counts, the first repeat's place, growth and the bound. */
class RepeatedIdsTest {

    @Test
    void distinctIds_noWarning() {
        RepeatedIds ids = new RepeatedIds();
        ids.see("a", 1, null);
        ids.see("b", 2, null);
        ids.see(null, 3, null); // an input naming no valid id is not counted
        ids.see(null, 4, null);
        assertThat(ids.repeats()).isZero();
        assertThat(ids.warning()).isNull();
    }

    @Test
    void repeats_countedWithTheFirstRepeatsPlace() {
        RepeatedIds ids = new RepeatedIds();
        ids.see("acme", 1, null);
        ids.see("beta", 2, null);
        ids.see("acme", 5, null);
        ids.see("beta", 9, null);
        ids.see("acme", 12, null);
        assertThat(ids.repeats()).isEqualTo(3);
        assertThat(ids.warning()).isEqualTo("3 inputs repeat the case id of an earlier input (first: line 5 repeats "
                + "the case id 'acme'); reports and summary rows with the same caseId can be told apart only by their "
                + "order, so give each case its own id");
    }

    @Test
    void aFileInputIsNamedByItsFile() {
        RepeatedIds ids = new RepeatedIds();
        ids.see("q3", 0, "a.yaml");
        ids.see("q3", 0, "b.yaml");
        assertThat(ids.warning()).startsWith("1 input repeats the case id of an earlier input (first: b.yaml repeats "
                + "the case id 'q3')");
    }

    @Test
    void manyIds_tableGrowsAndFindsNoFalseRepeat() {
        RepeatedIds ids = new RepeatedIds();
        for (int i = 0; i < 50_000; i++) {
            ids.see("case-" + i, i + 1, null);
        }
        assertThat(ids.repeats()).isZero();
        ids.see("case-0", 50_001, null);
        ids.see("case-49999", 50_002, null);
        assertThat(ids.repeats()).isEqualTo(2);
        assertThat(ids.warning()).contains("first: line 50001 repeats the case id 'case-0'");
    }

    @Test
    void overTheBound_newIdsAreNotCheckedAndTheWarningSaysSo() {
        RepeatedIds ids = new RepeatedIds(3);
        ids.see("a", 1, null);
        ids.see("b", 2, null);
        ids.see("c", 3, null);
        ids.see("d", 4, null); // not remembered
        ids.see("d", 5, null); // so not found
        ids.see("a", 6, null); // a remembered id is still found
        assertThat(ids.repeats()).isEqualTo(1);
        assertThat(ids.warning()).isEqualTo("1 input repeats the case id of an earlier input (first: line 6 repeats "
                + "the case id 'a'); reports and summary rows with the same caseId can be told apart only by their "
                + "order, so give each case its own id; case ids were checked for repeats among the first 3 distinct ids only");
    }

    @Test
    void atTheBound_theTableStopsGrowing() {
        RepeatedIds ids = new RepeatedIds(3_072); // three-quarters of the first table's 4,096 slots
        for (int i = 0; i < 5_000; i++) {
            ids.see("case-" + i, i + 1, null);
        }
        assertThat(ids.capacity()).isEqualTo(4_096);
        assertThat(ids.warning()).endsWith("among the first 3,072 distinct ids only");
    }

    @Test
    void fingerprints_differForSimilarIdsAndAreNeverZero() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            long f = RepeatedIds.fingerprint("acme-retail-" + i);
            assertThat(f).isNotZero();
            seen.add(f);
        }
        assertThat(seen).hasSize(100_000);
        assertThat(RepeatedIds.fingerprint("ab")).isNotEqualTo(RepeatedIds.fingerprint("ba"));
    }
}
