package io.roiassay.engine.rules;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of a rule pack: its path relative to the pack root (e.g. {@code hidden-costs/training.drl}),
 * where it came from (built-in or an overlay directory) and its bytes.
 */
public record RuleFile(String path, String origin, byte[] content) {

    public RuleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(content, "content");
    }

    /** Whether Drools compiles this file: {@code .drl}, or a decision table named {@code *.drl.csv}/{@code *.drl.xlsx}. */
    public boolean isRuleSource() {
        return path.endsWith(".drl") || path.endsWith(".drl.csv") || path.endsWith(".drl.xlsx");
    }

    /** Whether this is a catalogue file ({@code catalogue/*.yaml}): finding and recommendation codes and texts. */
    public boolean isCatalogue() {
        return path.startsWith("catalogue/") && path.endsWith(".yaml") && path.indexOf('/', "catalogue/".length()) < 0;
    }

    /** {@code sha256:} of the file's bytes. */
    public String sha256() {
        try {
            return "sha256:" + java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file as text (rule files are UTF-8). */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /**
     * Where to tell a user to look: the overlay file's path, or {@code rules/<path>} for a built-in file; a
     * control character in it (a newline in a file name) written as an escape, so {@code file:line} stays one line.
     */
    public String displayPath() {
        return io.roiassay.engine.io.VisibleControls.of(origin.equals(RuleSources.BUILT_IN) ? "rules/" + path
                : origin + "/" + path);
    }
}
