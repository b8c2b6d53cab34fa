package io.roiassay.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths into the checkout (tests run in engine/cli) and small file helpers. */
final class Fixtures {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path ACME = ROOT.resolve("examples/acme-retail.yaml");

    private Fixtures() {
    }

    /** The acme case with a data-migration cost added (so one hidden-cost finding goes away). */
    static Path acmeWithDataMigration(Path dir) throws IOException {
        String text = Files.readString(ACME).replace("costs:\n", """
                costs:
                  - id: data-migration
                    category: data-migration
                    amount: 50000
                    recurrence: once
                """);
        return write(dir.resolve("acme-b.yaml"), text);
    }

    /**
     * An overlay whose copy of the whole table profiles/assumptions.drl.csv lowers the marginal threshold
     * from -10% to -100% in the defaults row.
     */
    static Path lowerMarginalThreshold(Path dir) throws IOException {
        String table = Files.readString(ROOT.resolve("rules/profiles/assumptions.drl.csv"));
        String changed = table.replace(",-10,\"assumption: NPV below zero by less",
                ",-100,\"assumption: NPV below zero by less");
        if (changed.equals(table)) {
            throw new IllegalStateException("assumptions.drl.csv no longer sets verdict.marginalRoiPercent to -10");
        }
        write(dir.resolve("overlay/profiles/assumptions.drl.csv"), changed);
        return dir.resolve("overlay");
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
