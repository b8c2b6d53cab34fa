package io.roiassay.engine.sensitivity;

/**
 * A plan evaluated with one driver moved and every other at its base value, as break-even values and tornado
 * bars need it many times over: the arrays are made once and reused across calls.
 */
final class OneDriver {

    private final SensitivityPlan plan;
    private final int driver;
    private final double[] drivers;
    private final double[] out = new double[3];

    OneDriver(SensitivityPlan plan, Driver d) {
        this.plan = plan;
        this.driver = d.ordinal();
        this.drivers = plan.base();
    }

    /** Adjusted NPV with the driver at {@code value}. */
    double npv(double value) {
        evaluate(value);
        return out[0];
    }

    /** ROI in percent with the driver at {@code value}; NaN when PV(costs) is 0. */
    double roi(double value) {
        evaluate(value);
        return SensitivityPlan.roiPercent(out);
    }

    private void evaluate(double value) {
        drivers[driver] = value;
        plan.evaluate(drivers, out);
    }
}
