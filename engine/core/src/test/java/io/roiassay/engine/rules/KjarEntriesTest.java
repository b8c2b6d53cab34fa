package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a kjar held in memory through its central directory, and refusing a damaged one. */
class KjarEntriesTest {

    private static byte[] zip(boolean stored, String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setComment("a comment after the entries");
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                byte[] data = namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry e = new ZipEntry(namesAndTexts[i]);
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    e.setCompressedSize(data.length);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(data);
            }
        }
        return bytes.toByteArray();
    }

    private static String text(byte[] zip, KjarEntries.Entry e) throws IOException {
        return new String(KjarEntries.bytes(zip, e), StandardCharsets.UTF_8);
    }

    @Test
    void storedEntries_areFoundInOrder_withTheirBytesWhereTheyLie() throws Exception {
        byte[] zip = zip(true, "META-INF/key", "k-1", "a/B.class", "class bytes", "数据/说明.txt", "中文");
        Map<String, KjarEntries.Entry> entries = KjarEntries.read(zip);
        assertThat(entries.keySet()).containsExactly("META-INF/key", "a/B.class", "数据/说明.txt");
        KjarEntries.Entry b = entries.get("a/B.class");
        assertThat(b.stored()).isTrue();
        assertThat(b.size()).isEqualTo(11);
        assertThat(new String(zip, b.offset(), b.size(), StandardCharsets.UTF_8)).isEqualTo("class bytes");
        assertThat(text(zip, entries.get("数据/说明.txt"))).isEqualTo("中文");
    }

    @Test
    void compressedEntries_areInflated() throws Exception {
        String long1 = "x".repeat(10_000);
        byte[] zip = zip(false, "a.txt", long1, "empty.txt", "");
        Map<String, KjarEntries.Entry> entries = KjarEntries.read(zip);
        assertThat(entries.get("a.txt").stored()).isFalse();
        assertThat(entries.get("a.txt").compressedSize()).isLessThan(200);
        assertThat(text(zip, entries.get("a.txt"))).isEqualTo(long1);
        assertThat(text(zip, entries.get("empty.txt"))).isEmpty();
    }

    @Test
    void theCanonicalKjar_storesItsEntries() throws Exception {
        byte[] kjar = KjarArchive.canonical(zip(false, "b.class", "bb", KjarCache.MARKER, "key-1"));
        Map<String, KjarEntries.Entry> entries = KjarEntries.read(kjar);
        assertThat(entries.values()).allSatisfy(e -> assertThat(e.stored()).isTrue());
        assertThat(KjarCache.marker(kjar)).isEqualTo("key-1");
    }

    @Test
    void notAZip_orATruncatedOne_isRefused() throws Exception {
        assertThatThrownBy(() -> KjarEntries.read(new byte[0])).isInstanceOf(IOException.class).hasMessageContaining("not a zip");
        assertThatThrownBy(() -> KjarEntries.read("plain text, long enough to be searched".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("not a zip");
        byte[] zip = zip(true, "a.txt", "aaaa");
        assertThatThrownBy(() -> KjarEntries.read(Arrays.copyOf(zip, zip.length - 3))).isInstanceOf(IOException.class);
        assertThat(KjarCache.marker(Arrays.copyOf(zip, zip.length - 3))).isNull();
    }

    @Test
    void aCentralDirectoryPointingOutside_isRefused() throws Exception {
        byte[] zip = zip(true, "a.txt", "aaaa");
        int end = zip.length - 22 - "a comment after the entries".length();
        byte[] bad = zip.clone();
        bad[end + 16] = (byte) 0xF0; // the directory's offset, far past the end
        bad[end + 19] = (byte) 0x7F;
        assertThatThrownBy(() -> KjarEntries.read(bad)).isInstanceOf(IOException.class).hasMessageContaining("outside");
        byte[] badLocal = zip.clone();
        int dir = (zip[end + 16] & 0xFF) | (zip[end + 17] & 0xFF) << 8;
        badLocal[dir + 42] = (byte) 0xFF; // the entry's local header offset
        badLocal[dir + 43] = (byte) 0xFF;
        assertThatThrownBy(() -> KjarEntries.read(badLocal)).isInstanceOf(IOException.class).hasMessageContaining("a.txt");
    }

    @Test
    void changedData_failsItsChecksum() throws Exception {
        byte[] zip = zip(true, "a.txt", "aaaa");
        KjarEntries.Entry a = KjarEntries.read(zip).get("a.txt");
        zip[a.offset()] = 'b';
        assertThatThrownBy(() -> KjarEntries.bytes(zip, a)).isInstanceOf(IOException.class).hasMessageContaining("checksum");
    }

    /** The offset of the central directory of a small zip written by {@link #zip}. */
    private static int directory(byte[] zip) {
        int end = zip.length - 22 - "a comment after the entries".length();
        return (zip[end + 16] & 0xFF) | (zip[end + 17] & 0xFF) << 8;
    }

    @Test
    void damagedCompressedData_isRefused() throws Exception {
        byte[] zip = zip(false, "a.txt", "some text that deflates ".repeat(40));
        KjarEntries.Entry a = KjarEntries.read(zip).get("a.txt");
        for (int i = 0; i < a.compressedSize(); i++) {
            zip[a.offset() + i] = (byte) 0xFF;
        }
        assertThatThrownBy(() -> KjarEntries.bytes(zip, a)).isInstanceOf(IOException.class).hasMessageContaining("a.txt");
    }

    @Test
    void dataThatInflatesToMoreOrLessThanItsRecordedSize_isRefused() throws Exception {
        byte[] zip = zip(false, "a.txt", "abcdefgh".repeat(100));
        KjarEntries.Entry a = KjarEntries.read(zip).get("a.txt");
        KjarEntries.Entry oneShort = new KjarEntries.Entry("a.txt", a.offset(), a.compressedSize(), a.size() - 1, false, a.crc());
        KjarEntries.Entry oneLong = new KjarEntries.Entry("a.txt", a.offset(), a.compressedSize(), a.size() + 1, false, a.crc());
        assertThatThrownBy(() -> KjarEntries.bytes(zip, oneShort)).hasMessageContaining("more than its recorded size");
        assertThatThrownBy(() -> KjarEntries.bytes(zip, oneLong)).hasMessageContaining("does not inflate to its recorded size");
        assertThat(KjarEntries.bytes(zip, a)).hasSize(800);
    }

    @Test
    void aLargeEntry_isListed_butNotRead() throws Exception {
        byte[] zip = zip(false, "rules/big.drl.csv", "x".repeat(1000));
        int dir = directory(zip);
        zip[dir + 24] = 0; // uncompressed size: 0x7F000000
        zip[dir + 25] = 0;
        zip[dir + 26] = 0;
        zip[dir + 27] = 0x7F;
        KjarEntries.Entry big = KjarEntries.read(zip).get("rules/big.drl.csv");
        assertThat(big.size()).isEqualTo(0x7F000000);
        assertThatThrownBy(() -> KjarEntries.bytes(zip, big)).isInstanceOf(IOException.class)
                .hasMessageContaining("rules/big.drl.csv");
    }
}
