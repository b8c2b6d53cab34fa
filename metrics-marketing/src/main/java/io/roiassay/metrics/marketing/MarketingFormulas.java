package io.roiassay.metrics.marketing;

import io.roiassay.plugin.support.Kpis;
import io.roiassay.plugin.support.LineBuilder;

import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitKind;

import java.math.BigDecimal;
import java.util.Optional;

import static io.roiassay.plugin.support.Kpis.HUNDRED;
import static io.roiassay.plugin.support.Kpis.MC;
import static io.roiassay.metrics.marketing.MarketingDescriptor.ACQUISITION_COST;
import static io.roiassay.metrics.marketing.MarketingDescriptor.CAMPAIGN_REVENUE;
import static io.roiassay.metrics.marketing.MarketingDescriptor.LEAD_CONVERSION;
import static io.roiassay.metrics.marketing.MarketingDescriptor.LEAD_COST;
import static io.roiassay.metrics.marketing.MarketingDescriptor.MARKETING_TIME_SAVED;
import static io.roiassay.metrics.marketing.MarketingDescriptor.WORK_WEEKS_PER_YEAR;

/**
 * The marketing formulas, one method per benefit line. Each returns empty when an input is missing or a
 * denominator is zero; precedence between lines is decided in {@link MarketingMetrics#compute}.
 */
final class MarketingFormulas {

    /** 52 weeks less about four weeks of holidays and leave. */
    static final BigDecimal DEFAULT_WORK_WEEKS = BigDecimal.valueOf(48);

    private final Kpis kpis;
    private final String currency;

    MarketingFormulas(Kpis kpis) {
        this.kpis = kpis;
        this.currency = kpis.context().currency();
    }

    /** Cost per lead before and after (marketing spend / new leads), or empty when either cannot be computed. */
    Optional<Kpis.Change> costPerLead() {
        var spend = kpis.change("marketingSpend");
        var leads = kpis.change("newLeads");
        if (spend.isEmpty() || leads.isEmpty()) {
            return Optional.empty();
        }
        var before = Kpis.divide(spend.get().before(), leads.get().before());
        var after = Kpis.divide(spend.get().after(), leads.get().after());
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Kpis.Change("costPerLead", before.get(), after.get()));
    }

    /**
     * What today's leads would have cost at the old cost per lead, less what they cost now — but a saving
     * only as far as the spend really fell: with the spend unchanged or higher, more leads for the money is
     * no cash saved (their value is in the conversion and revenue lines), so no line is produced. Dearer
     * leads still give a negative line (the conservative side).
     */
    Optional<Benefit> leadCost() {
        return costPerLead().flatMap(cpl -> {
            var spend = kpis.change("marketingSpend").orElseThrow();
            var leads = kpis.change("newLeads").orElseThrow();
            BigDecimal spendFall = spend.decrease();
            BigDecimal saving = cpl.decrease().multiply(leads.after(), MC).min(spendFall.max(BigDecimal.ZERO));
            if (saving.signum() == 0 && spendFall.signum() <= 0) {
                return Optional.empty();
            }
            return Optional.of(LineBuilder.of(LEAD_COST, BenefitKind.COST_SAVING)
                    .input(spend).input(leads).input(cpl)
                    .annual(saving, currency));
        });
    }

    /** Extra customers from a better conversion of today's leads × deal size × gross margin. */
    Optional<Benefit> leadConversion() {
        var leads = kpis.latest("newLeads");
        var conversion = kpis.change("leadConversionRate");
        var size = kpis.latest("averageDealSize");
        if (leads.isEmpty() || conversion.isEmpty() || size.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal margin = kpis.context().grossMarginRate();
        BigDecimal extraCustomers = leads.get().value().multiply(conversion.get().increase(), MC).divide(HUNDRED, MC);
        return Optional.of(LineBuilder.of(LEAD_CONVERSION, BenefitKind.GROSS_PROFIT)
                .input(leads.get()).input(conversion.get()).input(size.get()).input("grossMarginRate", margin)
                .annual(extraCustomers.multiply(size.get().value(), MC).multiply(margin, MC), currency));
    }

    /** (campaign revenue after − before) × gross margin rate. */
    Optional<Benefit> campaignRevenue() {
        BigDecimal margin = kpis.context().grossMarginRate();
        return kpis.change("campaignRevenue").map(revenue -> LineBuilder.of(CAMPAIGN_REVENUE, BenefitKind.GROSS_PROFIT)
                .input(revenue).input("grossMarginRate", margin)
                .annual(revenue.increase().multiply(margin, MC), currency));
    }

    /** What today's new customers would have cost at the old acquisition cost, less what they cost now. */
    Optional<Benefit> acquisitionCost() {
        var cac = kpis.change("customerAcquisitionCost");
        var customers = kpis.latest("newCustomers");
        if (cac.isEmpty() || customers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LineBuilder.of(ACQUISITION_COST, BenefitKind.COST_SAVING)
                .input(cac.get()).input(customers.get())
                .annual(cac.get().decrease().multiply(customers.get().value(), MC), currency));
    }

    /** Manual hours saved per marketer per week × weeks × marketers × loaded cost × the marketing factor. */
    Optional<Benefit> marketingTimeSaved() {
        var hours = kpis.change("marketingHoursPerWeek");
        var marketers = kpis.latest("marketers");
        if (hours.isEmpty() || marketers.isEmpty()) {
            return Optional.empty();
        }
        var weeks = kpis.assumptionOr(WORK_WEEKS_PER_YEAR, DEFAULT_WORK_WEEKS);
        BigDecimal hourlyCost = kpis.context().loadedHourlyCost();
        BigDecimal factor = kpis.context().productivityFactor("marketing");
        BigDecimal amount = hours.get().decrease().multiply(weeks.value(), MC)
                .multiply(marketers.get().value(), MC).multiply(hourlyCost, MC).multiply(factor, MC);
        return Optional.of(LineBuilder.of(MARKETING_TIME_SAVED, BenefitKind.TIME_SAVED)
                .input(hours.get()).input(weeks).input(marketers.get())
                .input("loadedHourlyCost", hourlyCost).input("productivityFactor.marketing", factor)
                .annual(amount, currency));
    }
}
