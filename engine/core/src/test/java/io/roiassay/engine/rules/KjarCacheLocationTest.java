package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where compiled packs are cached: an empty setting means the default location, not the working directory. */
class KjarCacheLocationTest {

    private static Path dir(Map<String, String> properties, Map<String, String> environment) {
        return KjarCache.standardDirectory(properties::get, environment::get);
    }

    @Test
    void anEmptyRoiAssayCacheMeansTheDefaultLocation() {
        assertThat(dir(Map.of("user.home", "/home/ana"), Map.of("ROI_ASSAY_CACHE", "")))
                .isEqualTo(Path.of("/home/ana/.cache/roi-assay/packs"));
        assertThat(dir(Map.of("user.home", "/home/ana"), Map.of("ROI_ASSAY_CACHE", "  ", "XDG_CACHE_HOME", "/xdg")))
                .isEqualTo(Path.of("/xdg/roi-assay/packs"));
    }

    @Test
    void aGivenRoiAssayCacheIsUsedUnlessTheSystemPropertyIsSet() {
        assertThat(dir(Map.of("user.home", "/home/ana"), Map.of("ROI_ASSAY_CACHE", "/var/cache/assay")))
                .isEqualTo(Path.of("/var/cache/assay"));
        assertThat(dir(Map.of("user.home", "/home/ana", "roi-assay.cache", "/p"), Map.of("ROI_ASSAY_CACHE", "/var/cache/assay")))
                .isEqualTo(Path.of("/p"));
        assertThat(dir(Map.of("user.home", "/home/ana", "roi-assay.cache", ""), Map.of("ROI_ASSAY_CACHE", "/var/cache/assay")))
                .isEqualTo(Path.of("/var/cache/assay"));
    }

    @Test
    void anEmptyXdgCacheHomeFallsBackToTheHomeFolder() {
        assertThat(dir(Map.of("user.home", "/home/ana"), Map.of("XDG_CACHE_HOME", "")))
                .isEqualTo(Path.of("/home/ana/.cache/roi-assay/packs"));
    }
}
