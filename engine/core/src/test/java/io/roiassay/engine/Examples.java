package io.roiassay.engine;

import io.roiassay.engine.caseio.CaseException;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.model.Case;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped examples and one shared engine (built-in rules and plugins), for tests. */
public final class Examples {

    private static RoiAssay assay;

    private Examples() {
    }

    /** The repository's {@code examples/} folder (tests run with their module, engine/core or engine/cli, as working directory). */
    public static Path dir() {
        Path p = Path.of("../../examples");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("examples/ not found from " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** Reads one example case by file name. */
    public static Case read(String file) throws CaseException {
        return new CaseReader().read(dir().resolve(file));
    }

    /** Reads one example case with YAML appended (a top-level block the example does not have). */
    public static Case readWith(String file, String yaml) throws Exception {
        return new CaseReader().read(Files.readString(dir().resolve(file)) + "\n" + yaml, file, false);
    }

    /**
     * seed-004 (strong, ROI 219.08 % at crmShare 0.5) with a CRM share that may be as low as 0.25: the range
     * reaches the positive band below 0.3134, so the headline names the share (verdict/grade-boundary.drl).
     */
    public static Case seed004WithWideShare() throws Exception {
        return readWith("seed-004-first-year-tco.yaml", "uncertainty:\n  crmShare: [0.25, 0.5, 0.6]\n");
    }

    /** The engine with the built-in rule pack and plugins, built once for all tests. */
    public static synchronized RoiAssay assay() {
        if (assay == null) {
            try {
                assay = RoiAssay.builder().build();
            } catch (Exception e) {
                throw new IllegalStateException("cannot build the engine: " + e.getMessage(), e);
            }
        }
        return assay;
    }
}
