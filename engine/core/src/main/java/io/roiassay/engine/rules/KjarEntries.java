package io.roiassay.engine.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The entries of a kjar held in memory, read through the zip's central directory: an entry's bytes are located
 * without reading the ones before it, and a stored (uncompressed) entry is used where it lies, without a copy.
 * {@code ZipInputStream} walks every entry in order; for the tool's own pack (about 1,100 entries) that walk was
 * a tenth of a cold start's longest chain (docs/performance.md). The kjar may come from a cache directory, so
 * every offset and size is checked against the array: a damaged or forged kjar gives an {@link IOException},
 * never a read outside it. Zip64, encrypted and multi-disk archives are refused (a kjar is none of them).
 */
final class KjarEntries {

    /** The largest entry {@link #bytes} reads (a class file of the pack is at most a few hundred kilobytes). */
    static final int MAX_ENTRY = 16 * 1024 * 1024;

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int END_SIZE = 22;
    private static final int CENTRAL_SIZE = 46;
    private static final int LOCAL_SIZE = 30;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    /** Where an entry's data lies in the archive, and how it is kept there. */
    record Entry(String name, int offset, int compressedSize, int size, boolean stored, int crc) {
    }

    private KjarEntries() {
    }

    /** Every entry of the archive by name, in the central directory's order. */
    static Map<String, Entry> read(byte[] zip) throws IOException {
        int end = endRecord(zip);
        if (u16(zip, end + 4) != 0 || u16(zip, end + 6) != 0) {
            throw new IOException("a multi-disk zip");
        }
        int count = u16(zip, end + 10);
        long dirSize = u32(zip, end + 12);
        long dirOffset = u32(zip, end + 16);
        if (dirOffset + dirSize > end) {
            throw new IOException("the central directory lies outside the archive");
        }
        Map<String, Entry> entries = new LinkedHashMap<>(count * 2);
        int at = (int) dirOffset;
        for (int i = 0; i < count; i++) {
            check(zip, at, CENTRAL_SIZE);
            if (s32(zip, at) != CENTRAL_SIGNATURE) {
                throw new IOException("entry " + i + " of the central directory is damaged");
            }
            int flags = u16(zip, at + 8);
            int method = u16(zip, at + 10);
            int crc = s32(zip, at + 16);
            long compressed = u32(zip, at + 20);
            long size = u32(zip, at + 24);
            int nameLength = u16(zip, at + 28);
            int extraLength = u16(zip, at + 30);
            int commentLength = u16(zip, at + 32);
            long local = u32(zip, at + 42);
            check(zip, at + CENTRAL_SIZE, nameLength);
            String name = new String(zip, at + CENTRAL_SIZE, nameLength, StandardCharsets.UTF_8);
            if ((flags & 1) != 0 || (method != STORED && method != DEFLATED)) {
                throw new IOException(name + ": encrypted or compressed with method " + method);
            }
            if (method == STORED && compressed != size) {
                throw new IOException(name + ": a stored entry of " + size + " bytes that takes " + compressed);
            }
            int data = dataOffset(zip, local, name);
            check(zip, data, (int) compressed);
            entries.put(name, new Entry(name, data, (int) compressed, (int) size, method == STORED, crc));
            at += CENTRAL_SIZE + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    /**
     * An entry's bytes (a copy: the caller may keep them), checked against its recorded CRC-32; an entry larger
     * than {@link #MAX_ENTRY} is refused before anything is allocated.
     */
    static byte[] bytes(byte[] zip, Entry e) throws IOException {
        if (e.size() > MAX_ENTRY) {
            throw new IOException(e.name() + ": an entry of " + e.size() + " bytes, more than a rule pack's class");
        }
        byte[] out;
        if (e.stored()) {
            out = java.util.Arrays.copyOfRange(zip, e.offset(), e.offset() + e.size());
        } else {
            out = new byte[e.size()];
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(zip, e.offset(), e.compressedSize());
                byte[] past = new byte[1]; // to see the end of the data once out is full (or empty)
                int n = 0;
                while (!inflater.finished()) {
                    int k = n < out.length ? inflater.inflate(out, n, out.length - n) : inflater.inflate(past);
                    if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    if (n == out.length && k > 0) {
                        throw new IOException(e.name() + ": the data inflates to more than its recorded size");
                    }
                    n += k;
                }
                if (n != out.length || !inflater.finished()) {
                    throw new IOException(e.name() + ": the data does not inflate to its recorded size");
                }
            } catch (DataFormatException ex) {
                throw new IOException(e.name() + ": damaged compressed data", ex);
            } finally {
                inflater.end();
            }
        }
        CRC32 crc = new CRC32();
        crc.update(out);
        if ((int) crc.getValue() != e.crc()) {
            throw new IOException(e.name() + ": the data does not match its checksum");
        }
        return out;
    }

    private static int endRecord(byte[] zip) throws IOException {
        // The end record is the last thing in the archive, after a comment of at most 65,535 bytes.
        int lowest = Math.max(0, zip.length - END_SIZE - 0xFFFF);
        for (int at = zip.length - END_SIZE; at >= lowest; at--) {
            if (s32(zip, at) == END_SIGNATURE && at + END_SIZE + u16(zip, at + 20) == zip.length) {
                return at;
            }
        }
        throw new IOException("not a zip archive (no end of central directory record)");
    }

    private static int dataOffset(byte[] zip, long local, String name) throws IOException {
        if (local > zip.length - LOCAL_SIZE) {
            throw new IOException(name + ": the local header lies outside the archive");
        }
        int at = (int) local;
        if (s32(zip, at) != LOCAL_SIGNATURE) {
            throw new IOException(name + ": the local header is damaged");
        }
        long data = (long) at + LOCAL_SIZE + u16(zip, at + 26) + u16(zip, at + 28);
        if (data > zip.length) {
            throw new IOException(name + ": the data lies outside the archive");
        }
        return (int) data;
    }

    private static void check(byte[] zip, int at, int length) throws IOException {
        if (at < 0 || length < 0 || (long) at + length > zip.length) {
            throw new IOException("the central directory points outside the archive");
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int s32(byte[] b, int at) {
        return u16(b, at) | u16(b, at + 2) << 16;
    }

    private static long u32(byte[] b, int at) {
        return s32(b, at) & 0xFFFF_FFFFL;
    }
}
