package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whole-number options answer in words a user can act on, not Java's type names ("is not a long"). */
class WholeNumbersTest {

    @Test
    void aSeedBeyondSixtyFourBits_isOutOfRange_exit2() {
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--seed", "99999999999999999999");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--seed': '99999999999999999999' is out of range:"
                + " expected a whole number from -9223372036854775808 to 9223372036854775807").doesNotContain("long");
    }

    @Test
    void aFractionalDrawCount_isNotAWholeNumber_exit2() {
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--draws", "1.5");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--draws': '1.5' is not a whole number").doesNotContain(" int");
    }

    @Test
    void parse_acceptsWhatLongValueOfAccepts() {
        assertThat(WholeNumbers.parse("+7", 0, 10)).isEqualTo(7);
        assertThat(WholeNumbers.parse("-3", -5, 10)).isEqualTo(-3);
        assertThat(WholeNumbers.parse("2147483647", Integer.MIN_VALUE, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> WholeNumbers.parse("2147483648", Integer.MIN_VALUE, Integer.MAX_VALUE))
                .hasMessage("'2147483648' is out of range: expected a whole number from -2147483648 to 2147483647");
        assertThatThrownBy(() -> WholeNumbers.parse(" 5", 0, 10)).hasMessage("' 5' is not a whole number");
        assertThatThrownBy(() -> WholeNumbers.parse("0x10", 0, 100)).hasMessage("'0x10' is not a whole number");
    }
}
