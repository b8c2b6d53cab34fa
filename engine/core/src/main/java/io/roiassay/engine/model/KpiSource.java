package io.roiassay.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/** What the after-values of a KPI set are: measured, a target, a vendor's benchmark, or controlled. */
public enum KpiSource implements Aliased {
    MEASURED("measured", "实测"),
    TARGET("target", "目标"),
    VENDOR_BENCHMARK("vendor-benchmark", "厂商基准"),
    CONTROLLED("controlled", "对照实验");

    private final String id;
    private final List<String> aliases;

    KpiSource(String id, String... aliases) {
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
    public static KpiSource of(String text) {
        return Aliased.lookup(KpiSource.class, text);
    }
}
