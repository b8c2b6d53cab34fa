package com.acme.acmeslyassumptions;

import io.roiassay.plugin.AssumptionDefinition;
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
 * A hostile test plugin (acme-sly-assumptions): its list of assumptions throws, when read, an exception whose
 * text blocks whoever reads it. Loading must say so within the load time limit, not hang.
 */
public final class SlyAssumptionsMetrics implements MetricPlugin {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("acme-sly-assumptions", "0.9.0", Text.of("acme-sly-assumptions", "acme-sly-assumptions 测试"),
                List.of(KpiInput.optional("members", Unit.COUNT, Text.of("Members", "会员数"))),
                List.of(new BenefitDefinition("member-profit", BenefitKind.GROSS_PROFIT, Text.of("Members", "会员"),
                        Text.of("members × 10", "会员数 × 10"), List.of("members"))),
                List.of());
    }

    @Override
    public List<AssumptionDefinition> assumptions() {
        return new java.util.AbstractList<AssumptionDefinition>() {
            @Override
            public AssumptionDefinition get(int i) {
                throw new Sly();
            }

            @Override
            public int size() {
                throw new Sly();
            }
        };
    }

    @Override
    public List<Benefit> compute(MetricContext ctx) {
        return List.of();
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
