package io.roiassay.engine.assess;

import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.plugins.LoadedPlugin;
import io.roiassay.engine.plugins.UsedAssumption;
import io.roiassay.plugin.AssumptionDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which of a plugin's declared assumptions it read for a case, with the value it got and who set it. */
final class UsedAssumptions {

    private UsedAssumptions() {
    }

    /**
     * The plugin's declared assumptions whose names are in {@code read}, sorted by key: the value from
     * {@code given} (the case's and profile's values) when set there, marked as overridden by the case or the
     * profile, else the declared default.
     */
    static List<UsedAssumption> of(LoadedPlugin plugin, Set<String> read, Map<String, BigDecimal> given, Profile profile) {
        List<UsedAssumption> used = new ArrayList<>();
        for (AssumptionDefinition a : plugin.assumptions()) {
            if (!read.contains(a.key())) {
                continue;
            }
            BigDecimal set = given.get(a.key());
            String by = null;
            if (set != null) {
                by = profile.fromCase(a.key()) ? "case" : "profile";
            }
            used.add(new UsedAssumption(plugin.id(), a.key(), set != null ? set : a.defaultValue(), a.defaultValue(),
                    a.unit().id(), a.source(), a.description(), by));
        }
        used.sort(Comparator.comparing(UsedAssumption::key));
        return List.copyOf(used);
    }
}
