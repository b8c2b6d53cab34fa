package io.roiassay.engine.sensitivity;

import java.math.BigDecimal;
import java.util.List;

/** Small hand-computable plans for the sensitivity tests. */
final class Plans {

    private Plans() {
    }

    /**
     * Initial 1,000 and 100 a year of costs; 600 a year of attributed plugin benefits, no risk, at 10 %.
     * PV(costs) = 1,000 + 100 × 2.486852 = 1,248.6852; PV(benefits) = 600 × 2.486852 = 1,492.1112;
     * NPV = 243.4260; ROI = 19.4945 %.
     */
    static SensitivityPlan simple() {
        return SensitivityPlan.builder(4)
                .benefit(new double[] {0, 600, 600, 600}, true, SensitivityPlan.Margin.NONE, false)
                .enteredCosts(new double[] {1000, 100, 100, 100})
                .base(Driver.CRM_SHARE, 1)
                .base(Driver.DISCOUNT_RATE, 0.10)
                .build();
    }

    /** Bands as the default profile sets them: strong ≥ 100, positive ≥ 20, marginal ≥ 0, else negative. */
    static GradeBands bands() {
        return new GradeBands(List.of(new GradeBands.Band("marginal", 0), new GradeBands.Band("strong", 100),
                new GradeBands.Band("positive", 20)), "negative");
    }

    static DriverRange range(Driver d, String low, String likely, String high) {
        return new DriverRange(d, new BigDecimal(low), new BigDecimal(likely), new BigDecimal(high));
    }
}
