package io.roiassay.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/** The cost categories of a CRM's total cost of ownership, with the Chinese names a case may use. */
public enum CostCategory implements Aliased {
    LICENSE("license", "软件购买", "软件许可", "许可"),
    SUBSCRIPTION("subscription", "订阅"),
    IMPLEMENTATION("implementation", "实施", "部署"),
    CUSTOMIZATION("customization", "定制开发", "定制"),
    DATA_MIGRATION("data-migration", "数据迁移", "数据清洗"),
    INTEGRATION("integration", "系统集成", "集成"),
    TRAINING("training", "培训"),
    MAINTENANCE("maintenance", "维护", "运维", "技术支持"),
    INFRASTRUCTURE("infrastructure", "服务器", "硬件"),
    INTERNAL_STAFF("internal-staff", "员工时间成本", "员工时间"),
    CHANGE_MANAGEMENT("change-management", "变革管理", "管理变革"),
    CONSULTING("consulting", "咨询"),
    OTHER("other", "其他");

    private final String id;
    private final List<String> aliases;

    CostCategory(String id, String... aliases) {
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

    /** Reads a canonical id or alias; null when unknown (the schema has already rejected unknown names). */
    @JsonCreator
    public static CostCategory of(String text) {
        return Aliased.lookup(CostCategory.class, text);
    }
}
