package io.roiassay.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/** What the benefit in a presented ROI claim was measured as. */
public enum ClaimBasis implements Aliased {
    REVENUE("revenue", "收入", "销售额"),
    GROSS_PROFIT("gross-profit", "毛利", "毛利润"),
    NET_PROFIT("net-profit", "净利润"),
    CASH_FLOW("cash-flow", "现金流");

    private final String id;
    private final List<String> aliases;

    ClaimBasis(String id, String... aliases) {
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
    public static ClaimBasis of(String text) {
        return Aliased.lookup(ClaimBasis.class, text);
    }
}
