package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A cached pack is trusted only with the seal this user's key makes: a rewritten kjar and checksum are not. */
class KjarCacheSealTest {

    private static final String HASH = "sha256:" + "ab".repeat(32);

    @TempDir
    Path dir;

    private static byte[] kjar(String key, String filler) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(KjarCache.MARKER));
            zip.write(key.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("filler.txt"));
            zip.write(filler.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void storedPack_isFoundAgain() throws Exception {
        KjarCache cache = new KjarCache(dir);
        byte[] original = kjar(KjarCache.key(HASH), "original");
        cache.store(HASH, original);
        assertThat(cache.find(HASH)).isEqualTo(original);
    }

    @Test
    void forgedPackWithRewrittenKeyAndChecksum_isNotTrusted() throws Exception {
        KjarCache cache = new KjarCache(dir);
        cache.store(HASH, kjar(KjarCache.key(HASH), "original"));
        String key = KjarCache.key(HASH);
        byte[] forged = kjar(key, "forged rules that never ran");
        Files.write(dir.resolve(key + ".kjar"), forged);
        Files.writeString(dir.resolve(key + ".kjar.sha256"), KjarCache.sha256(forged));
        assertThat(cache.find(HASH)).isNull();
    }

    @Test
    void noCache_ignoresEvenThePrecompiledPack() {
        assertThat(KjarCache.none().find(HASH)).isNull();
    }
}
