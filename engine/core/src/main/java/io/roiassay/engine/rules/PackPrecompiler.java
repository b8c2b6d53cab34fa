package io.roiassay.engine.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Precompiles the built-in rule pack at build time into {@code roi-assay/rules/pack.kjar}, so the tool's
 * first run loads a compiled pack instead of compiling DRL. Run by the build of {@code engine/app}.
 */
public final class PackPrecompiler {

    private PackPrecompiler() {
    }

    /** {@code PackPrecompiler OUTPUT_CLASSES_DIR}: writes the kjar under it. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PackPrecompiler OUTPUT_CLASSES_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[0]).resolve("roi-assay/rules/pack.kjar");
        try {
            List<RuleFile> files = RuleSources.builtIn();
            byte[] kjar = new DroolsCompiler(new KjarCache(null)).build(files);
            // The tool loads this kjar without scanning it again (start-up time): scan it here, once.
            var violations = ModelLoader.violations(kjar);
            if (!violations.isEmpty()) {
                throw new RulePackException(ForbiddenCalls.problems(violations, files));
            }
            Files.createDirectories(out.getParent());
            Files.write(out, kjar);
            System.err.println("precompiled the built-in rule pack: " + out + " (" + kjar.length + " bytes)");
        } catch (RulePackException e) {
            System.err.println("the built-in rule pack does not compile:");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(3);
        }
    }
}
