package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A kjar's bytes depend only on its entries: not on their order, their dates or the time zone. */
class KjarArchiveTest {

    private static final String NAMES = "META-INF/kie/io.roiassay.rules/pack-1/generated-class-names";

    private static byte[] zip(long millis, String... namesAndTexts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                ZipEntry e = new ZipEntry(namesAndTexts[i]);
                e.setLastModifiedTime(FileTime.fromMillis(millis));
                zip.putNextEntry(e);
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void sameEntries_inAnotherOrderAndAtAnotherTime_giveTheSameBytes() throws Exception {
        byte[] a = zip(1_700_000_000_000L, "b/Rules.class", "bytes", KjarCache.MARKER, "key", NAMES, "b.Rules\na.Model");
        byte[] b = zip(1_800_000_000_000L, NAMES, "a.Model\nb.Rules", KjarCache.MARKER, "key", "b/Rules.class", "bytes");
        assertThat(a).isNotEqualTo(b);
        assertThat(KjarArchive.canonical(a)).isEqualTo(KjarArchive.canonical(b));
    }

    @Test
    void canonicalKjar_hasSortedEntries_theFixedDate_andSortedClassNames() throws Exception {
        byte[] kjar = KjarArchive.canonical(zip(1_700_000_000_000L, "z.class", "z", NAMES, "z.Z\na.A", "a.txt", "a"));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(KjarArchive.ENTRY_TIME);
                if (e.getName().equals(NAMES)) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a.A\nz.Z");
                }
            }
        }
        assertThat(names).containsExactly(NAMES, "a.txt", "z.class");
    }

    @Test
    void anotherTimeZone_writesTheSameBytes() throws Exception {
        byte[] input = zip(1_700_000_000_000L, "a.txt", "a");
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        byte[] here;
        byte[] there;
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
            here = KjarArchive.canonical(input);
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Shanghai"));
            there = KjarArchive.canonical(input);
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
        assertThat(here).isEqualTo(there);
    }
}
