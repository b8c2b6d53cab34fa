package io.roiassay.engine.model;

import java.math.BigDecimal;

/** TEI-style risk adjustment: benefits reduced and costs raised by these shares (0..1). */
public record RiskAdjustment(BigDecimal benefits, BigDecimal costs) {
}
