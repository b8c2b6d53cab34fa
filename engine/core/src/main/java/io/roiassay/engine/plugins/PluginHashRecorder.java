package io.roiassay.engine.plugins;

import io.roiassay.plugin.MetricPlugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Records, at build time, the {@code jarHash} of every metric plugin on the class path in
 * {@value ClassPathPluginHash#RECORDED}, so the shaded tool reads the hashes instead of hashing the plugins'
 * class files at every start. Run by the build of {@code engine/app}, with the same plugin module jars the
 * tool is shaded from; the recorded hash is the one {@link ClassPathPluginHash} computes from those files.
 */
public final class PluginHashRecorder {

    private PluginHashRecorder() {
    }

    /** {@code PluginHashRecorder OUTPUT_CLASSES_DIR}: writes the record under it. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PluginHashRecorder OUTPUT_CLASSES_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[0]).resolve(ClassPathPluginHash.RECORDED);
        Files.createDirectories(out.getParent());
        Files.writeString(out, record(PluginHashRecorder.class.getClassLoader()), StandardCharsets.UTF_8);
        System.err.println("recorded the built-in plugins' hashes: " + out);
    }

    /** The record's text: one {@code class=sha256:…} line per plugin, sorted, no timestamp (reproducible). */
    static String record(ClassLoader loader) {
        List<Class<?>> classes = new ArrayList<>();
        ServiceLoader.load(MetricPlugin.class, loader).stream().forEach(p -> classes.add(p.type()));
        Map<String, String> sorted = new TreeMap<>();
        ClassPathPluginHash.computed(classes).forEach((c, hash) -> {
            if (hash == null) {
                throw new IllegalStateException("cannot hash the files of plugin " + c.getName());
            }
            sorted.put(c.getName(), hash);
        });
        StringBuilder text = new StringBuilder("# The jarHash of each built-in metric plugin (ClassPathPluginHash), written by the build.\n");
        sorted.forEach((name, hash) -> text.append(name).append('=').append(hash).append('\n'));
        return text.toString();
    }
}
