package com.acme.acmeslyexception;

import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.BenefitKind;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.MetricContext;
import io.roiassay.plugin.MetricPlugin;
import io.roiassay.plugin.PluginDescriptor;
import io.roiassay.plugin.Text;
import io.roiassay.plugin.Unit;

import java.util.List;

/**
 * A hostile test plugin (acme-sly-exception): compute throws an exception whose message never comes (reading
 * it blocks) and whose causes form a loop. Whoever describes the failure must do it under the time limit.
 */
public final class SlyExceptionMetrics implements MetricPlugin {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("acme-sly-exception", "0.9.0", Text.of("acme-sly-exception", "acme-sly-exception 测试"),
                List.of(KpiInput.optional("members", Unit.COUNT, Text.of("Members", "会员数"))),
                List.of(new BenefitDefinition("member-profit", BenefitKind.GROSS_PROFIT, Text.of("Members", "会员"),
                        Text.of("members × 10", "会员数 × 10"), List.of("members"))),
                List.of());
    }

    @Override
    public List<Benefit> compute(MetricContext ctx) {
        Sly first = new Sly();
        Sly second = new Sly();
        first.initCause(second);
        second.initCause(first); // a cause loop: first -> second -> first
        throw first;
    }

    /** An exception whose message and text block whoever reads them. */
    static final class Sly extends RuntimeException {
        @Override
        public String getMessage() {
            return block();
        }

        @Override
        public String toString() {
            return block();
        }

        private static String block() {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "interrupted";
        }
    }
}
