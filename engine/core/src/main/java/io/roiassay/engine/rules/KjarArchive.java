package io.roiassay.engine.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a kjar as Drools built it into a reproducible archive: entries sorted by name, every entry dated
 * {@link #ENTRY_TIME} (a local date-time, so the bytes do not depend on the time zone), and the list of
 * generated class names (a set Drools writes in hash order) sorted. The content of every other entry is kept.
 * Entries are stored, not compressed: {@link ModelLoader} defines the classes straight from the archive's
 * bytes ({@link KjarEntries}), and the tool's jar compresses the precompiled pack as a whole.
 */
final class KjarArchive {

    /** The date every kjar entry carries (the same as the build's {@code project.build.outputTimestamp}). */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private static final String CLASS_NAMES = "/generated-class-names";

    private KjarArchive() {
    }

    /** The same kjar, byte for byte the same for the same entries whenever and wherever it is written. */
    static byte[] canonical(byte[] kjar) {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                entries.put(e.getName(), e.getName().endsWith(CLASS_NAMES) ? sortedLines(bytes) : bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Drools wrote an unreadable kjar", e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, kjar.length * 3L));
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(e.getValue().length);
                entry.setCompressedSize(e.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                entry.setCrc(crc.getValue());
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }

    private static byte[] sortedLines(byte[] text) {
        String[] lines = new String(text, StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
