package io.roiassay.engine.cli;

import io.roiassay.engine.plugins.LoadedPlugin;
import io.roiassay.engine.plugins.PluginDiscovery;
import io.roiassay.plugin.AssumptionDefinition;
import io.roiassay.plugin.KpiInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code assay plugins}: list each plugin with version, origin, declared inputs and benefit lines. */
@Command(name = "plugins", mixinStandardHelpOptions = true, description = "List the metric plugins: version, origin, declared inputs with their ranges, assumptions and benefit lines.")
final class PluginsCommand implements Callable<Integer> {

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Directory of third-party plugin jars (default: plugins, ignored when missing; a directory "
                    + "given here must exist).")
    Path plugins;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or zh-CN (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() throws Exception {
        String language = Cli.language(lang);
        List<LoadedPlugin> found = PluginDiscovery.discover(EngineOptions.pluginsDir(plugins));
        StringBuilder out = new StringBuilder();
        for (LoadedPlugin p : found) {
            out.append(p.id()).append(' ').append(p.version()).append("  ").append(p.descriptor().title().in(language))
                    .append('\n');
            out.append("  origin: ").append(p.origin());
            if (p.jarHash() != null) {
                out.append(" (").append(p.jarHash()).append(')');
            }
            out.append('\n');
            out.append("  inputs:\n");
            for (KpiInput i : p.descriptor().inputs()) {
                out.append("    ").append(i.name()).append(" [").append(i.unit().id()).append(", ").append(i.rangeText())
                        .append(i.required() ? ", required" : "")
                        .append(i.better() == null ? "" : i.better() == io.roiassay.plugin.Better.HIGHER ? ", higher is better"
                                : ", lower is better")
                        .append("] ").append(i.description().in(language)).append('\n');
            }
            if (!p.assumptions().isEmpty()) {
                out.append("  assumptions:\n");
                for (AssumptionDefinition a : p.assumptions()) {
                    out.append("    ").append(a.key()).append(" = ").append(a.defaultValue().toPlainString()).append(" [")
                            .append(a.unit().id()).append(", ").append(a.isAssumption() ? "assumption" : "source: " + a.source())
                            .append("] ").append(a.description().in(language)).append('\n');
                }
            }
            out.append("  benefit lines: ").append(p.descriptor().benefits().stream().map(b -> b.id() + " (" + b.kind().id()
                    + (b.scope() == io.roiassay.plugin.Scope.PER_USER ? ", per user" : "") + ")")
                    .collect(Collectors.joining(", "))).append('\n');
            if (!p.descriptor().indicators().isEmpty()) {
                out.append("  indicators: ").append(p.descriptor().indicators().stream().map(x -> x.id())
                        .collect(Collectors.joining(", "))).append('\n');
            }
        }
        ProcessGuard.printText(out);
        return ExitCode.OK;
    }
}
