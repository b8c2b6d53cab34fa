package io.roiassay.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/** What a stated benefit amount is: revenue (to be turned into profit), profit, a saving, or time. */
public enum BenefitBasis implements Aliased {
    REVENUE("revenue", "收入", "销售额"),
    GROSS_PROFIT("gross-profit", "毛利", "毛利润"),
    COST_SAVING("cost-saving", "成本节约"),
    COST_AVOIDANCE("cost-avoidance", "成本规避"),
    TIME_SAVED("time-saved", "节省时间");

    private final String id;
    private final List<String> aliases;

    BenefitBasis(String id, String... aliases) {
        this.id = id;
        this.aliases = List.of(aliases);
    }

    @JsonValue
    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @JsonCreator
    public static BenefitBasis of(String text) {
        return Aliased.lookup(BenefitBasis.class, text);
    }
}
