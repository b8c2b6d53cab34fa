package io.roiassay.engine.rules;

import io.roiassay.engine.version.EngineInfo;
import io.roiassay.engine.io.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/**
 * Compiled rule packs (Drools executable-model kjars), keyed by the pack's content hash and the engine
 * version: the built-in pack precompiled into the tool's jar by the build, overlays cached on disk on first
 * use. A cached kjar is used only when its embedded key and its seal both match; a stale, corrupt or forged
 * one is ignored (and rebuilt by the caller), never trusted. The seal is an HMAC with a key only this user
 * can read ({@link CacheSeal}), so rewriting a kjar and its checksum file is not enough to forge one.
 */
public final class KjarCache {

    /** The entry every kjar we build carries, holding its cache key. */
    static final String MARKER = "META-INF/roi-assay-pack.key";

    private static final String BUILT_IN = "roi-assay/rules/pack.kjar";

    private final Path dir;
    private final boolean classPath;
    /** The precompiled pack, when given instead of read from the class path (tests); else null. */
    private final byte[] given;

    /** A cache in {@code dir}; null for no disk cache (class-path kjar only). */
    public KjarCache(Path dir) {
        this(dir, true);
    }

    private KjarCache(Path dir, boolean classPath) {
        this(dir, classPath, null);
    }

    private KjarCache(Path dir, boolean classPath, byte[] given) {
        this.dir = dir;
        this.classPath = classPath;
        this.given = given;
    }

    /** A cache in {@code dir} (null for none) whose precompiled pack is {@code kjar} instead of the jar's (tests). */
    static KjarCache withPrebuilt(Path dir, byte[] kjar) {
        return new KjarCache(dir, true, kjar.clone());
    }

    /** No cache at all, not even the precompiled built-in pack: every pack is compiled from its sources. */
    public static KjarCache none() {
        return new KjarCache(null, false);
    }

    /**
     * The default cache: system property {@code roi-assay.cache}, else {@code $ROI_ASSAY_CACHE}, else
     * {@code $XDG_CACHE_HOME/roi-assay/packs}, else {@code ~/.cache/roi-assay/packs}.
     */
    public static KjarCache standard() {
        return new KjarCache(standardDirectory(System::getProperty, System::getenv));
    }

    /**
     * The default cache folder, looked up in the given system properties and environment: an unset or blank
     * {@code roi-assay.cache} or {@code ROI_ASSAY_CACHE} (say {@code ROI_ASSAY_CACHE=}) counts as not given.
     */
    static Path standardDirectory(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String dir = properties.apply("roi-assay.cache");
        if (dir == null || dir.isBlank()) {
            dir = environment.apply("ROI_ASSAY_CACHE");
        }
        if (dir == null || dir.isBlank()) {
            String xdg = environment.apply("XDG_CACHE_HOME");
            String base = xdg != null && !xdg.isBlank() ? xdg : properties.apply("user.home") + "/.cache";
            dir = base + "/roi-assay/packs";
        }
        return Path.of(dir);
    }

    /** The key of a pack: its content hash and the engine version (a new engine recompiles). */
    static String key(String contentHash) {
        return contentHash.substring("sha256:".length()) + "-" + EngineInfo.version();
    }

    /**
     * The kjar the build precompiled into the tool's own jar, when this pack is exactly the built-in one
     * (same content hash, same engine version), else null. Its code was checked against the rule allow-list
     * by the build ({@link PackPrecompiler} fails on a violation), and it is as trusted as the engine's own
     * classes beside it.
     */
    byte[] prebuilt(String contentHash) {
        return classPath ? classPath(key(contentHash)) : null;
    }

    /** A valid kjar for this pack from the disk cache, or null. */
    byte[] find(String contentHash) {
        String key = key(contentHash);
        if (dir == null) {
            return null;
        }
        Path kjar = dir.resolve(key + ".kjar");
        Path sum = dir.resolve(key + ".kjar.sha256");
        try {
            if (!Files.isRegularFile(kjar) || !Files.isRegularFile(sum)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(kjar);
            if (!CacheSeal.seal(bytes).equals(Files.readString(sum, StandardCharsets.UTF_8).strip()) || !key.equals(marker(bytes))) {
                return null;
            }
            return bytes;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The kjar the build precompiled into the tool's jar, whatever pack it was built from (null when there is
     * none, or when this cache does not use it): a caller may start loading it before it knows the pack's content
     * hash, and must then check {@link #marker} against {@link #key} of that hash before using what it loaded.
     */
    byte[] prebuiltUnchecked() {
        return classPath ? classPath(null) : null;
    }

    private byte[] classPath(String key) {
        if (given != null) {
            return key == null || key.equals(marker(given)) ? given : null;
        }
        try (InputStream in = KjarCache.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            return key == null || key.equals(marker(bytes)) ? bytes : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Stores a kjar atomically; a cache that cannot be written is skipped silently (it is only a cache). */
    void store(String contentHash, byte[] kjar) {
        if (dir == null) {
            return;
        }
        String key = key(contentHash);
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(dir.resolve(key + ".kjar"), kjar);
            AtomicFiles.write(dir.resolve(key + ".kjar.sha256"), CacheSeal.seal(kjar).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // A read-only home or a full disk must not stop an assessment.
        }
    }

    /** The key written in a kjar's marker entry, or null when it has none or is not a zip. */
    static String marker(byte[] kjar) {
        try {
            KjarEntries.Entry e = KjarEntries.read(kjar).get(MARKER);
            return e == null ? null : new String(KjarEntries.bytes(kjar, e), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
