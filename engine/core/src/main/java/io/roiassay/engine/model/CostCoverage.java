package io.roiassay.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/** Whether the cost lines are itemized (hidden costs may be missing) or the whole, all-in cost. */
public enum CostCoverage implements Aliased {
    ITEMIZED("itemized", "分项"),
    ALL_IN("all-in", "总包");

    private final String id;
    private final List<String> aliases;

    CostCoverage(String id, String... aliases) {
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
    public static CostCoverage of(String text) {
        return Aliased.lookup(CostCoverage.class, text);
    }
}
