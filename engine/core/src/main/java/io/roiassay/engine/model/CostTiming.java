package io.roiassay.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/**
 * When a recurring cost is paid ({@code costs[].timing}): in arrears, at the end of each period (the TEI tables'
 * convention and the default), or in advance, at the start of each period (as SaaS usually is billed).
 */
public enum CostTiming implements Aliased {
    ARREARS("arrears", "后付"),
    ADVANCE("advance", "预付");

    private final String id;
    private final List<String> aliases;

    CostTiming(String id, String... aliases) {
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
    public static CostTiming of(String text) {
        return Aliased.lookup(CostTiming.class, text);
    }
}
