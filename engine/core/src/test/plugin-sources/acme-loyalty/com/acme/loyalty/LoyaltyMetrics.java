package com.acme.loyalty;

import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.BenefitKind;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.MetricContext;
import io.roiassay.plugin.MetricPlugin;
import io.roiassay.plugin.PluginDescriptor;
import io.roiassay.plugin.Text;
import io.roiassay.plugin.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A well-behaved third-party plugin: extra repeat purchases by loyalty members, at gross margin. */
public final class LoyaltyMetrics implements MetricPlugin {

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor("acme-loyalty", "2.3.1",
            Text.of("Acme loyalty programme", "Acme 会员忠诚度计划"),
            List.of(KpiInput.required("members", Unit.COUNT, Text.of("Active loyalty members", "活跃会员数")),
                    KpiInput.required("repeatPurchaseRate", Unit.PERCENT,
                            Text.of("Members buying again within a year", "一年内复购的会员比例")),
                    KpiInput.optional("averageOrderValue", Unit.CURRENCY, Text.of("Average order value", "平均订单金额"))),
            List.of(new BenefitDefinition("repeat-purchase-profit", BenefitKind.GROSS_PROFIT,
                    Text.of("Repeat purchases", "会员复购"),
                    Text.of("members.after × (repeatPurchaseRate.after − repeatPurchaseRate.before) / 100"
                                    + " × averageOrderValue.after × grossMarginRate",
                            "会员数(后) × (复购率(后) − 复购率(前)) / 100 × 平均订单金额(后) × 毛利率"),
                    List.of("members", "repeatPurchaseRate", "averageOrderValue", "grossMarginRate"))),
            List.of());

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Benefit> compute(MetricContext ctx) {
        BigDecimal members = ctx.after("members").orElseThrow();
        BigDecimal rateBefore = ctx.before("repeatPurchaseRate").orElseThrow();
        BigDecimal rateAfter = ctx.after("repeatPurchaseRate").orElseThrow();
        var order = ctx.after("averageOrderValue");
        if (order.isEmpty()) {
            return List.of();
        }
        BigDecimal margin = ctx.grossMarginRate();
        BigDecimal annual = members.multiply(rateAfter.subtract(rateBefore), MathContext.DECIMAL128)
                .divide(new BigDecimal("100"), MathContext.DECIMAL128)
                .multiply(order.get(), MathContext.DECIMAL128)
                .multiply(margin, MathContext.DECIMAL128);
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("members.after", members);
        inputs.put("repeatPurchaseRate.before", rateBefore);
        inputs.put("repeatPurchaseRate.after", rateAfter);
        inputs.put("averageOrderValue.after", order.get());
        inputs.put("grossMarginRate", margin);
        return List.of(new Benefit("repeat-purchase-profit", BenefitKind.GROSS_PROFIT, annual, ctx.currency(), inputs));
    }
}
