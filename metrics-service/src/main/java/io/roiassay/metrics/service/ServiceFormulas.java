package io.roiassay.metrics.service;

import io.roiassay.plugin.support.Kpis;
import io.roiassay.plugin.support.LineBuilder;

import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitKind;

import java.math.BigDecimal;
import java.util.Optional;

import static io.roiassay.plugin.support.Kpis.HUNDRED;
import static io.roiassay.plugin.support.Kpis.MC;
import static io.roiassay.metrics.service.ServiceDescriptor.AGENT_ANNUAL_COST;
import static io.roiassay.metrics.service.ServiceDescriptor.AGENT_PRODUCTIVITY;
import static io.roiassay.metrics.service.ServiceDescriptor.ANNUAL_HOURS_PER_FTE;
import static io.roiassay.metrics.service.ServiceDescriptor.CUSTOMER_ANNUAL_VALUE;
import static io.roiassay.metrics.service.ServiceDescriptor.RESOLUTION_TIME;
import static io.roiassay.metrics.service.ServiceDescriptor.RETENTION;
import static io.roiassay.metrics.service.ServiceDescriptor.SELF_SERVICE_DEFLECTION;

/**
 * The service formulas, one method per benefit line. Each returns empty when an input is missing or a
 * denominator is zero; precedence between lines is decided in {@link ServiceMetrics#compute}.
 */
final class ServiceFormulas {

    /** 220 working days × 8 hours: a common full-time year when the profile gives none. */
    static final BigDecimal DEFAULT_ANNUAL_HOURS_PER_FTE = BigDecimal.valueOf(1760);

    private static final String ROLE = "service";
    private static final String FACTOR_KEY = "productivityFactor." + ROLE;

    private final Kpis kpis;
    private final String currency;

    ServiceFormulas(Kpis kpis) {
        this.kpis = kpis;
        this.currency = kpis.context().currency();
    }

    /**
     * Agents freed by a higher caseload per agent: the same cases would have needed
     * agents × after/before agents before, so agents × (after/before − 1) FTEs are freed.
     */
    Optional<Benefit> agentProductivity() {
        var perAgent = kpis.change("casesPerAgent");
        var agents = kpis.latest("agents");
        if (perAgent.isEmpty() || agents.isEmpty()) {
            return Optional.empty();
        }
        var ratio = Kpis.divide(perAgent.get().after(), perAgent.get().before());
        if (ratio.isEmpty()) {
            return Optional.empty();
        }
        LineBuilder line = LineBuilder.of(AGENT_PRODUCTIVITY, BenefitKind.TIME_SAVED).input(perAgent.get()).input(agents.get());
        BigDecimal agentCost = agentAnnualCost(line);
        BigDecimal factor = kpis.context().productivityFactor(ROLE);
        BigDecimal fteFreed = agents.get().value().multiply(ratio.get().subtract(BigDecimal.ONE, MC), MC);
        return Optional.of(line.input(FACTOR_KEY, factor)
                .annual(fteFreed.multiply(agentCost, MC).multiply(factor, MC), currency));
    }

    /** The yearly cost of one agent from the KPI, the assumption, or hourly cost × hours; records its source. */
    private BigDecimal agentAnnualCost(LineBuilder line) {
        var fromKpi = kpis.latest(AGENT_ANNUAL_COST);
        if (fromKpi.isPresent()) {
            line.input(fromKpi.get());
            return fromKpi.get().value();
        }
        var fromAssumption = kpis.context().assumption(AGENT_ANNUAL_COST);
        if (fromAssumption.isPresent()) {
            line.input(AGENT_ANNUAL_COST, fromAssumption.get());
            return fromAssumption.get();
        }
        BigDecimal hourly = kpis.context().loadedHourlyCost();
        var hours = kpis.assumptionOr(ANNUAL_HOURS_PER_FTE, DEFAULT_ANNUAL_HOURS_PER_FTE);
        line.input("loadedHourlyCost", hourly).input(hours);
        return hourly.multiply(hours.value(), MC);
    }

    /** Staff hours saved per agent-handled case × those cases × loaded cost × the service factor. */
    Optional<Benefit> resolutionTime() {
        var hours = kpis.change("averageResolutionHours");
        var cases = kpis.latest("cases");
        if (hours.isEmpty() || cases.isEmpty()) {
            return Optional.empty();
        }
        LineBuilder line = LineBuilder.of(RESOLUTION_TIME, BenefitKind.TIME_SAVED).input(hours.get()).input(cases.get());
        BigDecimal handled = cases.get().value();
        // Cases solved by self-service take no agent hours; counting them here would repeat self-service-deflection.
        var selfService = kpis.latest("selfServiceRate");
        if (selfService.isPresent()) {
            line.input(selfService.get());
            BigDecimal agentShare = BigDecimal.ONE.subtract(selfService.get().value().divide(HUNDRED, MC), MC);
            handled = handled.multiply(agentShare, MC);
        }
        BigDecimal hourly = kpis.context().loadedHourlyCost();
        BigDecimal factor = kpis.context().productivityFactor(ROLE);
        BigDecimal amount = hours.get().decrease().multiply(handled, MC).multiply(hourly, MC).multiply(factor, MC);
        return Optional.of(line.input("loadedHourlyCost", hourly).input(FACTOR_KEY, factor).annual(amount, currency));
    }

    /** Extra customers kept × their yearly value × gross margin; retention rate first, churn rate otherwise. */
    Optional<Benefit> retention() {
        var retention = kpis.change("retentionRate");
        var churn = kpis.change("churnRate");
        var customers = kpis.latest("customers");
        if ((retention.isEmpty() && churn.isEmpty()) || customers.isEmpty()) {
            return Optional.empty();
        }
        LineBuilder line = LineBuilder.of(RETENTION, BenefitKind.GROSS_PROFIT).input(customers.get());
        BigDecimal pointsGained;
        if (retention.isPresent()) {
            line.input(retention.get());
            pointsGained = retention.get().increase();
        } else {
            line.input(churn.get());
            pointsGained = churn.get().decrease();
        }
        var value = kpis.latest(CUSTOMER_ANNUAL_VALUE)
                .or(() -> kpis.context().assumption(CUSTOMER_ANNUAL_VALUE)
                        .map(v -> new Kpis.Value(CUSTOMER_ANNUAL_VALUE, v)));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal margin = kpis.context().grossMarginRate();
        BigDecimal customersKept = customers.get().value().multiply(pointsGained, MC).divide(HUNDRED, MC);
        return Optional.of(line.input(value.get()).input("grossMarginRate", margin)
                .annual(customersKept.multiply(value.get().value(), MC).multiply(margin, MC), currency));
    }

    /** Extra cases solved by self-service × what an agent-handled case costs. */
    Optional<Benefit> selfServiceDeflection() {
        var cases = kpis.latest("cases");
        var rate = kpis.change("selfServiceRate");
        var costPerCase = kpis.latest("costPerCase");
        if (cases.isEmpty() || rate.isEmpty() || costPerCase.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal deflected = cases.get().value().multiply(rate.get().increase(), MC).divide(HUNDRED, MC);
        return Optional.of(LineBuilder.of(SELF_SERVICE_DEFLECTION, BenefitKind.COST_SAVING)
                .input(cases.get()).input(rate.get()).input(costPerCase.get())
                .annual(deflected.multiply(costPerCase.get().value(), MC), currency));
    }
}
