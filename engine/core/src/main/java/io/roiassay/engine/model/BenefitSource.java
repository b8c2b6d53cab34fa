package io.roiassay.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/** Where a benefit figure comes from: measured in the company, controlled, estimated, or a vendor's benchmark. */
public enum BenefitSource implements Aliased {
    MEASURED("measured", "实测"),
    ESTIMATED("estimated", "估算"),
    VENDOR_BENCHMARK("vendor-benchmark", "厂商基准"),
    /** Measured and isolated from other causes (control group, A/B test): attribution does not apply. */
    CONTROLLED("controlled", "对照实验");

    private final String id;
    private final List<String> aliases;

    BenefitSource(String id, String... aliases) {
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
    public static BenefitSource of(String text) {
        return Aliased.lookup(BenefitSource.class, text);
    }
}
