package io.roiassay.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/** How the CRM runs: rented as a service, installed on the company's own servers, or both. */
public enum DeploymentModel implements Aliased {
    SAAS("saas", "SaaS", "云", "订阅制"),
    ON_PREMISE("on-premise", "本地部署", "私有部署"),
    HYBRID("hybrid", "混合部署");

    private final String id;
    private final List<String> aliases;

    DeploymentModel(String id, String... aliases) {
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
    public static DeploymentModel of(String text) {
        return Aliased.lookup(DeploymentModel.class, text);
    }
}
