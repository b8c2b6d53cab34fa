package io.roiassay.engine.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals cached rule packs: {@code hmac-sha256:} over the kjar with a random key kept outside the cache,
 * readable by this user only (system property {@code roi-assay.cache-key}, else
 * {@code $XDG_CONFIG_HOME/roi-assay/cache.key}, else {@code ~/.config/roi-assay/cache.key}). Anyone who can
 * write the cache folder but not read the key cannot make the tool trust a kjar it did not build. When no
 * key can be kept, nothing sealed matches and every pack is compiled from its sources.
 */
final class CacheSeal {

    private static volatile byte[] key;

    private CacheSeal() {
    }

    /** The seal of a kjar, or a value that matches nothing when no key is available. */
    static String seal(byte[] kjar) {
        byte[] k = key();
        if (k == null) {
            return "unsealed";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(k, "HmacSHA256"));
            return "hmac-sha256:" + HexFormat.of().formatHex(mac.doFinal(kjar));
        } catch (GeneralSecurityException e) {
            return "unsealed";
        }
    }

    private static byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (CacheSeal.class) {
                if (key == null) {
                    key = load(location());
                }
                k = key;
            }
        }
        return k.length == 0 ? null : k;
    }

    static Path location() {
        String p = System.getProperty("roi-assay.cache-key");
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        String base = xdg != null && !xdg.isBlank() ? xdg : System.getProperty("user.home") + "/.config";
        return Path.of(base, "roi-assay", "cache.key");
    }

    private static byte[] load(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                byte[] k = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (k.length >= 32) {
                    return k;
                }
            }
            byte[] k = new byte[32];
            new SecureRandom().nextBytes(k);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, HexFormat.of().formatHex(k), StandardCharsets.US_ASCII);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | IllegalArgumentException e) {
            return new byte[0]; // no key: the cache is never trusted, packs are compiled from sources
        }
    }
}
