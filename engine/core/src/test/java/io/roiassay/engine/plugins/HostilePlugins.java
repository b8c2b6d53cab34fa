package io.roiassay.engine.plugins;

import java.util.List;

/** A small case that gives the hostile test plugins (plugin-sources/acme-*) the KPI they read. */
final class HostilePlugins {

    private HostilePlugins() {
    }

    /** The case as YAML, with {@code members} before and after for each plugin id. */
    static String caseYaml(List<String> pluginIds) {
        StringBuilder kpis = new StringBuilder("kpis:\n");
        for (String id : pluginIds) {
            kpis.append("  ").append(id).append(":\n    before: { members: 100 }\n    after: { members: 120 }\n");
        }
        return """
                format: roi-assay/case-1
                id: hostile-plugins
                title: Hostile plugins
                currency: USD
                language: en
                company:
                  name: Acme Retail
                  industry: retail
                  employees: 320
                  annualRevenue: 80000000
                  grossMarginRate: 0.30
                deployment:
                  model: saas
                  licensedUsers: 60
                  activeUsers: 50
                horizon:
                  years: 3
                  discountRate: 0.10
                costs:
                  - id: subscription
                    category: subscription
                    amount: 60000
                    recurrence: annual
                    startYear: 1
                    endYear: 3
                """ + kpis;
    }
}
