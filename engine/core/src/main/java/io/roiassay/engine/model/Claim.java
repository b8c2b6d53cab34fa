package io.roiassay.engine.model;

import java.math.BigDecimal;

/** An ROI figure somebody presented, with the numbers it was said to come from; to be audited. */
public record Claim(BigDecimal roiPercent, BigDecimal totalBenefit, BigDecimal totalCost,
                    ClaimBasis benefitBasis, Integer months, Boolean discounted) {
}
