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

    /**
     * The file as text (rule files are UTF-8), without the byte-order mark Windows editors put first: Drools'
     * parser takes it for a token and fails on the first line.
     */
    public String text() {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The bytes Drools compiles: the content without a leading UTF-8 byte-order mark. */
    public byte[] sourceBytes() {
        return hasBom() ? java.util.Arrays.copyOfRange(content, 3, content.length) : content;
    }

    private boolean hasBom() {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF;
    }

    /**
     * The 1-based line of the first byte that is not UTF-8, or 0 when the file is UTF-8 (a table saved by a
     * Chinese Excel as "CSV" is GBK, and read as UTF-8 its Chinese notes would reach the report as garbage).
     */
    public int firstNonUtf8Line() {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(content);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(content.length + 1);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
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
