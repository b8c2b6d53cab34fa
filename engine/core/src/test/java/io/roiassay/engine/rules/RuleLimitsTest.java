package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules' limits per case: values, compared by value, and refused when they would allow nothing. */
class RuleLimitsTest {

    @Test
    void limitsOfTheSameValues_areEqual_andOthersAreNot() {
        RuleLimits a = new RuleLimits(10_000, Duration.ofMillis(20_000));
        assertThat(a).isEqualTo(RuleLimits.DEFAULT).hasSameHashCodeAs(RuleLimits.DEFAULT);
        assertThat(a).isNotEqualTo(new RuleLimits(10_001, Duration.ofMillis(20_000)))
                .isNotEqualTo(new RuleLimits(10_000, Duration.ofSeconds(21)))
                .isNotEqualTo(null)
                .isNotEqualTo("10000 firings, 20 s");
    }

    @Test
    void aPackGivenTheLimitsItHas_isTheSamePack_andOtherLimitsMakeAnother() throws Exception {
        RulePack pack = new DroolsCompiler().compileBuiltIn();
        assertThat(pack.withLimits(new RuleLimits(10_000, Duration.ofSeconds(20)))).isSameAs(pack);
        assertThat(pack.withLimits(new RuleLimits(50, Duration.ofSeconds(20)))).isNotSameAs(pack);
    }

    @Test
    void limitsThatAllowNothing_areRefused() {
        assertThatThrownBy(() -> new RuleLimits(0, Duration.ofSeconds(1))).hasMessageContaining("at least 1, not 0");
        assertThatThrownBy(() -> new RuleLimits(1, Duration.ZERO)).hasMessageContaining("must be positive");
    }
}
