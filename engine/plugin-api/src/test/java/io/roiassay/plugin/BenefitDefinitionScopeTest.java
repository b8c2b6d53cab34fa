package io.roiassay.plugin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benefit line's scope decides whether actual adoption caps it (rules/adjustments/realisation.drl): declared,
 * or derived from what it measures — time saved per user, everything else company-level.
 */
class BenefitDefinitionScopeTest {

    private static final Text T = Text.of("t", "t");

    @Test
    void withoutADeclaration_timeSavedIsPerUser_otherKindsAreCompanyLevel() {
        assertThat(new BenefitDefinition("hours", BenefitKind.TIME_SAVED, T, T, List.of()).scope()).isEqualTo(Scope.PER_USER);
        assertThat(new BenefitDefinition("profit", BenefitKind.GROSS_PROFIT, T, T, List.of()).scope()).isEqualTo(Scope.COMPANY);
        assertThat(new BenefitDefinition("saving", BenefitKind.COST_SAVING, T, T, List.of()).scope()).isEqualTo(Scope.COMPANY);
        // what it measures decides, not its kind of money: retention counted as gross profit stays company-level
        assertThat(new BenefitDefinition("kept", BenefitKind.GROSS_PROFIT, T, T, List.of(), Measures.RETENTION).scope())
                .isEqualTo(Scope.COMPANY);
        assertThat(new BenefitDefinition("hours", BenefitKind.TIME_SAVED, T, T, List.of(), Measures.TIME_SAVED, null)
                .scope()).isEqualTo(Scope.PER_USER);
    }

    @Test
    void aDeclaredScopeIsKept() {
        // extra deals per rep multiplied out over the reps: per user, although it is revenue growth
        BenefitDefinition perRep = new BenefitDefinition("deals-per-rep", BenefitKind.GROSS_PROFIT, T, T, List.of(),
                Measures.REVENUE_GROWTH, Scope.PER_USER);
        assertThat(perRep.scope()).isEqualTo(Scope.PER_USER);
        assertThat(perRep.scope().id()).isEqualTo("per-user");
        assertThat(Scope.COMPANY.id()).isEqualTo("company");
    }
}
