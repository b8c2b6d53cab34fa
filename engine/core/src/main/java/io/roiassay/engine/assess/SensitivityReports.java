package io.roiassay.engine.assess;

import io.roiassay.engine.finance.Money;
import io.roiassay.engine.report.ReportSensitivity;
import io.roiassay.engine.report.ReportUncertainty;
import io.roiassay.engine.sensitivity.BreakEven;
import io.roiassay.engine.sensitivity.DriverRange;
import io.roiassay.engine.sensitivity.MonteCarlo;
import io.roiassay.engine.sensitivity.Tornado;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link CaseSensitivity} as the report's {@code sensitivity} and {@code uncertainty} blocks, rounding
 * once, here: driver values to 4 places, ROI and percentages to 2, NPV to the currency's minor unit,
 * probabilities and grade shares to 4.
 */
final class SensitivityReports {

    private static final int DRIVER_SCALE = 4;

    private SensitivityReports() {
    }

    static ReportSensitivity sensitivity(CaseSensitivity s) {
        List<ReportSensitivity.BreakEven> breakEven = new ArrayList<>();
        for (BreakEven.Point p : s.breakEven()) {
            breakEven.add(new ReportSensitivity.BreakEven(p.driver().id(), driver(p.current()), driver(p.value())));
        }
        List<ReportSensitivity.TornadoBar> bars = new ArrayList<>();
        for (Tornado.Bar b : s.tornado()) {
            bars.add(new ReportSensitivity.TornadoBar(b.driver().id(), driver(b.low()), driver(b.high()),
                    percent(b.roiLow()), percent(b.roiHigh()), b.gradeLow(), b.gradeHigh(),
                    b.crossesGrade() ? driver(b.gradeChangesAt()) : null));
        }
        return new ReportSensitivity(percent(s.benefitTolerancePercent()), breakEven, bars);
    }

    /** Null when the case was not drawn. */
    static ReportUncertainty uncertainty(CaseSensitivity s, String currency) {
        MonteCarlo.Result d = s.draws();
        if (d == null) {
            return null;
        }
        Map<String, List<BigDecimal>> ranges = new LinkedHashMap<>();
        for (DriverRange r : s.ranges()) {
            ranges.put(r.driver().id(), List.of(r.low(), r.likely(), r.high()));
        }
        return new ReportUncertainty(d.draws(), d.seed(), ranges,
                new ReportUncertainty.Percentiles(percent(d.roiP10()), percent(d.roiP50()), percent(d.roiP90())),
                new ReportUncertainty.Percentiles(money(d.npvP10(), currency), money(d.npvP50(), currency),
                        money(d.npvP90(), currency)),
                CaseSensitivity.decimal(d.probabilityNpvBelowZero(), DRIVER_SCALE).stripTrailingZeros(),
                s.gradeShares());
    }

    private static BigDecimal driver(double v) {
        BigDecimal d = CaseSensitivity.decimal(v, DRIVER_SCALE);
        if (d == null) {
            return null;
        }
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static BigDecimal percent(double v) {
        return CaseSensitivity.decimal(v, Money.PERCENT_SCALE);
    }

    private static BigDecimal money(double v, String currency) {
        return CaseSensitivity.decimal(v, Money.scale(currency));
    }
}
